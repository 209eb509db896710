package org.podium.ui.export;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.podium.export.ExportProgress;
import org.podium.export.handouts.Handouts;
import org.podium.export.handouts.SlideImageSource;
import org.podium.export.pptx.PptxExporter;
import org.podium.export.sheet.RunningSheetPdf;
import org.podium.export.sheet.RunningSheetXlsx;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.model.Programme;
import org.podium.render.PhotoSource;
import org.podium.render.SlideRenderer;
import org.podium.render.SlideSnapshotter;

/**
 * The one place the window calls the exporters. The deck and the handouts are laid out here, on the
 * calling (background) thread, with the engine the screen uses; running sheets and handouts are
 * worded in the programme's language, as the recipients read it.
 */
public final class DocumentExporters implements Exporters {

    private final SlideLayoutEngine engine;

    public DocumentExporters(SlideLayoutEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @Override
    public int export(ExportRequest request, ExportProgress progress) throws IOException {
        Programme programme = request.programme();
        Locale words = programme.language().locale();
        switch (request.kind()) {
            case PPTX: {
                List<SlidePage> pages = layout(programme, progress);
                new PptxExporter(engine, PptxExporter.defaultPictureCache()).export(programme, pages, request.media(), request.pptx(), request.target(),
                        progress);
                return pages.size();
            }
            case SHEET_XLSX:
                RunningSheetXlsx.write(programme, words, request.target(), progress);
                return programme.segments().size();
            case SHEET_PDF:
                RunningSheetPdf.write(programme, words, request.target(), progress);
                return programme.segments().size();
            case HANDOUTS: {
                List<SlidePage> pages = layout(programme, progress);
                Handouts.write(programme, pages, slideImages(request.media()), request.handouts(), words,
                        request.target(), progress);
                return pages.size();
            }
            default:
                throw new IllegalArgumentException("no exporter for " + request.kind());
        }
    }

    private List<SlidePage> layout(Programme programme, ExportProgress progress) {
        List<SlidePage> pages = engine.layout(programme);
        if (progress.isCancelled()) {
            throw new CancellationException("export cancelled after the layout");
        }
        return pages;
    }

    /**
     * Slides drawn by the screen's renderer: nodes built on this thread, the snapshot taken on the
     * JavaFX thread. A cache of its own, dropped with the export, so printing does not evict the
     * editor's photos.
     */
    private static SlideImageSource slideImages(MediaStore media) {
        SlideSnapshotter snapshotter = new SlideSnapshotter(new SlideRenderer(PhotoSource.of(new PhotoCache(), media)));
        return (layout, widthPx) -> snapshotter.snapshot(layout, widthPx).image();
    }
}
