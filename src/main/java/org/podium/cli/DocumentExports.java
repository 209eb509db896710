package org.podium.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.export.ExportProgress;
import org.podium.export.handouts.HandoutOptions;
import org.podium.export.handouts.Handouts;
import org.podium.export.handouts.SlideImageSource;
import org.podium.export.sheet.RunningSheetPdf;
import org.podium.export.sheet.RunningSheetXlsx;
import org.podium.layout.SlideLayout;
import org.podium.layout.SlidePage;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.model.Programme;
import org.podium.render.PhotoProblem;
import org.podium.render.PhotoSource;
import org.podium.render.SlideImage;
import org.podium.render.SlideRenderer;
import org.podium.render.SlideSnapshotter;

/**
 * The event office's documents of {@code podium export}: the running sheet as XLSX and PDF, and
 * the slide handouts as PDF. Their words are in the programme's language, as the slides are.
 */
final class DocumentExports {

    private final CliMessages messages;
    private final PrintWriter out;
    private final PrintWriter err;

    DocumentExports(CliMessages messages, PrintWriter out, PrintWriter err) {
        this.messages = messages;
        this.out = out;
        this.err = err;
    }

    void runningSheetXlsx(Programme programme, Path target) throws IOException {
        RunningSheetXlsx.write(programme, labels(programme), target, ExportProgress.none());
        out.println(messages.get("export.summary.xlsx", programme.segments().size(), shown(target), kilobytes(target)));
    }

    void runningSheetPdf(Programme programme, Path target) throws IOException {
        RunningSheetPdf.write(programme, labels(programme), target, ExportProgress.none());
        out.println(messages.get("export.summary.sheetPdf", programme.segments().size(), shown(target),
                kilobytes(target)));
    }

    /**
     * Writes the handouts of {@code pages}, each slide drawn by the shared renderer (the toolkit
     * must be running); photos drawn as placeholders are named on the error stream.
     */
    void handouts(Programme programme, List<SlidePage> pages, MediaStore media, HandoutOptions options, Path target,
                  Path file) throws IOException {
        SlideSnapshotter snapshotter = new SlideSnapshotter(new SlideRenderer(PhotoSource.of(new PhotoCache(), media)));
        Map<SlideLayout, Integer> numbers = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            numbers.put(pages.get(i).layout(), i + 1);
        }
        SlideImageSource images = (layout, widthPx) -> {
            SlideImage image = snapshotter.snapshot(layout, widthPx);
            for (PhotoProblem problem : image.problems()) {
                err.println(messages.get("export.line.warning", file, messages.get("render.problem.photo",
                        numbers.get(layout), problem.media().originalName(), problem.reason())));
            }
            return image.image();
        };
        Handouts.write(programme, pages, images, options, labels(programme), target, ExportProgress.none());
        out.println(messages.get("export.summary.handouts", pages.size(), options.pageCount(pages.size()),
                shown(target), Files.size(target) / (1024.0 * 1024.0)));
    }

    private static Locale labels(Programme programme) {
        return programme.language().locale();
    }

    private static Path shown(Path target) {
        return target.toAbsolutePath().normalize();
    }

    private static double kilobytes(Path target) throws IOException {
        return Files.size(target) / 1024.0;
    }
}
