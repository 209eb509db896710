package org.podium.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.podium.export.handouts.HandoutOptions;
import org.podium.export.handouts.Handouts;
import org.podium.export.pptx.PptxExporter;
import org.podium.export.pptx.PptxOptions;
import org.podium.export.sheet.RunningSheetPdf;
import org.podium.export.sheet.RunningSheetXlsx;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.podium.media.MediaStore;
import org.podium.model.Programme;

/** Every document Podium exports, written the way the app and the command line write them. */
enum Formats {
    PPTX("pptx"),
    XLSX("xlsx"),
    SHEET_PDF("pdf"),
    HANDOUTS("pdf");

    /** Advances of 0.6 em a character: enough to lay slides out without a toolkit. */
    private static final SlideLayoutEngine ENGINE = new SlideLayoutEngine(Themes.bundled(),
            (text, font) -> text.codePointCount(0, text.length()) * font.sizePt() * 0.6, family -> true);

    final String extension;

    Formats(String extension) {
        this.extension = extension;
    }

    /** Writes {@code programme} (with no photos) to {@code target}. */
    void write(Programme programme, Path target, ExportProgress progress) throws IOException {
        switch (this) {
            case PPTX -> new PptxExporter(ENGINE).export(programme, MediaStore.empty(), PptxOptions.defaults(),
                    target, progress);
            case XLSX -> RunningSheetXlsx.write(programme, programme.language().locale(), target, progress);
            case SHEET_PDF -> RunningSheetPdf.write(programme, programme.language().locale(), target, progress);
            case HANDOUTS -> Handouts.write(programme, ENGINE.layout(programme), (layout, widthPx) ->
                            new BufferedImage(widthPx, (int) Math.round(widthPx * layout.heightPt() / layout.widthPt()),
                                    BufferedImage.TYPE_INT_RGB),
                    new HandoutOptions(1, false), programme.language().locale(), target, progress);
            default -> throw new IllegalStateException(name());
        }
    }
}
