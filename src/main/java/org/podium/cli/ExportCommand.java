package org.podium.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.podium.export.ExportException;
import org.podium.export.ExportProgress;
import org.podium.export.handouts.HandoutOptions;
import org.podium.export.pptx.PhotoQuality;
import org.podium.export.pptx.PptxExporter;
import org.podium.export.pptx.PptxOptions;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.io.PodiumFileException;
import org.podium.layout.SlideLayout;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.Themes;
import org.podium.model.Programme;
import org.podium.render.FontCoverage;
import org.podium.render.FxFontResolver;
import org.podium.render.FxPlatform;
import org.podium.render.FxTextMeasurer;
import org.podium.render.GlyphCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium export FILE --pptx OUT}: writes the programme as a PowerPoint deck laid out
 * exactly as on screen; {@code --xlsx}, {@code --sheet-pdf} and {@code --handouts} write the event
 * office's running sheet and slide handouts, in the same run or alone. Reads the programme only;
 * an existing file is replaced only when the new one is complete.
 */
@Command(name = "export", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE,
        usageHelpAutoWidth = true, exitCodeOnInvalidInput = PodiumCli.USAGE,
        exitCodeOnExecutionException = PodiumCli.PROBLEMS)
final class ExportCommand implements Callable<Integer> {

    private final CliMessages messages;
    private final Supplier<SlideLayoutEngine> layout;
    private final Path pictureCache;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "export.file")
    Path file;

    @Option(names = "--pptx", paramLabel = "OUT", descriptionKey = "export.pptx")
    Path pptx;

    @Option(names = "--xlsx", paramLabel = "OUT", descriptionKey = "export.xlsx")
    Path xlsx;

    @Option(names = "--sheet-pdf", paramLabel = "OUT", descriptionKey = "export.sheetPdf")
    Path sheetPdf;

    @Option(names = "--handouts", paramLabel = "OUT", descriptionKey = "export.handouts")
    Path handouts;

    @Option(names = "--per-page", paramLabel = "N", defaultValue = "4", descriptionKey = "export.perPage")
    int perPage;

    @Option(names = "--notes", descriptionKey = "export.notes")
    boolean notes;

    @Option(names = "--quality", paramLabel = "QUALITY", defaultValue = "high", descriptionKey = "export.quality")
    String quality;

    @Option(names = "--no-notes", descriptionKey = "export.noNotes")
    boolean noNotes;

    @Option(names = "--no-picture-cache", descriptionKey = "export.noPictureCache")
    boolean noPictureCache;

    /**
     * @param layout gives the layout engine, measuring text as the screen does; called once per
     *               export, after the arguments are checked, on a pool thread while the file is
     *               read (it may start a toolkit)
     * @param pictureCache folder where the deck's pictures are kept for the next export of the same
     *                     photos (unless {@code --no-picture-cache})
     */
    ExportCommand(CliMessages messages, Supplier<SlideLayoutEngine> layout, Path pictureCache) {
        this.messages = messages;
        this.layout = Objects.requireNonNull(layout, "layout");
        this.pictureCache = Objects.requireNonNull(pictureCache, "pictureCache");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PhotoQuality photoQuality = quality(quality);
        if (photoQuality == null) {
            err.println(messages.get("export.error.quality", quality));
            return PodiumCli.USAGE;
        }
        if (outputs().isEmpty()) {
            err.println(messages.get("export.error.noOutput"));
            return PodiumCli.USAGE;
        }
        if (!HandoutOptions.PER_PAGE.contains(perPage)) {
            err.println(messages.get("export.error.perPage", perPage));
            return PodiumCli.USAGE;
        }
        Integer problem = checkPaths(err);
        if (problem != null) {
            return problem;
        }
        // POI, the toolkit and fonts start on other threads while the file is read
        if (pptx != null) {
            PptxExporter.warmUpInBackground();
        }
        CompletableFuture<SlideLayoutEngine> engine = pptx != null || handouts != null
                ? CompletableFuture.supplyAsync(layout) : null;
        try (OpenedProgramme opened = PodiumFile.read(file)) {
            return export(opened, engine, new PptxOptions(photoQuality, !noNotes, true), out, err);
        } catch (PodiumFileException e) {
            err.println(messages.get("export.error.unreadable", file, reason(e)));
            return PodiumCli.PROBLEMS;
        } catch (ExportException e) {
            // the file the exporter was writing and why, in the terminal's language
            err.println(e.target() == null ? messages.get("export.error.failed", e.reason(messages.locale()))
                    : messages.get("export.error.notExported", e.target(), e.reason(messages.locale())));
            return PodiumCli.PROBLEMS;
        } catch (IOException e) {
            // the exporter's message names the deck and what went wrong
            err.println(messages.get("export.error.failed", e.getMessage()));
            return PodiumCli.PROBLEMS;
        }
    }

    private Integer checkPaths(PrintWriter err) {
        if (!Files.exists(file)) {
            err.println(messages.get("export.error.missing", file));
            return PodiumCli.PROBLEMS;
        }
        if (Files.isDirectory(file)) {
            err.println(messages.get("export.error.directory", file));
            return PodiumCli.PROBLEMS;
        }
        List<Path> outputs = outputs();
        for (int i = 0; i < outputs.size(); i++) {
            Path output = outputs.get(i);
            if (outputs.subList(0, i).stream().anyMatch(earlier -> same(earlier, output))) {
                err.println(messages.get("export.error.sameOutput", output));
                return PodiumCli.USAGE;
            }
            Integer problem = checkOutput(output, err);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private Integer checkOutput(Path output, PrintWriter err) {
        if (Files.isDirectory(output)) {
            err.println(messages.get("export.error.outIsFolder", output));
            return PodiumCli.PROBLEMS;
        }
        Path folder = output.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            err.println(messages.get(folder != null && Files.exists(folder) ? "export.error.outFolderIsFile"
                    : "export.error.outFolder", folder));
            return PodiumCli.PROBLEMS;
        }
        try {
            if (Files.exists(output) && Files.isSameFile(file, output)) {
                err.println(messages.get("export.error.sameFile", file));
                return PodiumCli.PROBLEMS;
            }
        } catch (IOException e) {
            err.println(messages.get("export.error.failed", output + ": " + e.getMessage()));
            return PodiumCli.PROBLEMS;
        }
        return null;
    }

    /** The files asked for, in the order they are written. */
    private List<Path> outputs() {
        return Stream.of(pptx, xlsx, sheetPdf, handouts).filter(Objects::nonNull).toList();
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private int export(OpenedProgramme opened, CompletableFuture<SlideLayoutEngine> layoutEngine, PptxOptions options,
                       PrintWriter out, PrintWriter err) throws IOException {
        Programme programme = opened.programme();
        DocumentExports documents = new DocumentExports(messages, out, err);
        // the running sheet needs no slides: lay out (and start the toolkit) only for the deck or handouts
        if (pptx != null || handouts != null) {
            SlideLayoutEngine engine = started(layoutEngine);
            List<SlidePage> pages = pptx != null ? exportDeck(engine, opened, options, out) : engine.layout(programme);
            if (handouts != null) {
                documents.handouts(programme, pages, opened.media(), new HandoutOptions(perPage, notes), handouts,
                        file);
            }
            warn(programme, pages, err);
        }
        if (xlsx != null) {
            documents.runningSheetXlsx(programme, xlsx);
        }
        if (sheetPdf != null) {
            documents.runningSheetPdf(programme, sheetPdf);
        }
        return PodiumCli.OK;
    }

    /** Writes the deck, laying the programme out and encoding its photos meanwhile; returns the pages. */
    private List<SlidePage> exportDeck(SlideLayoutEngine engine, OpenedProgramme opened, PptxOptions options,
                                       PrintWriter out) throws IOException {
        Programme programme = opened.programme();
        PptxExporter exporter = noPictureCache ? new PptxExporter(engine) : new PptxExporter(engine, pictureCache);
        List<SlidePage> pages = exporter.export(programme, opened.media(), options, pptx, ExportProgress.none());
        long photos = pages.stream().flatMap(p -> p.layout().imageBoxes().stream())
                .map(box -> box.media().sha256()).distinct().count();
        out.println(messages.get("export.summary", pages.size(), photos, pptx.toAbsolutePath().normalize(),
                Files.size(pptx) / (1024.0 * 1024.0)));
        return pages;
    }

    private void warn(Programme programme, List<SlidePage> pages, PrintWriter err) {
        List<SlideLayout> layouts = pages.stream().map(SlidePage::layout).toList();
        for (String warning : FontWarnings.lines(messages,
                new FontCoverage(GlyphCoverage.installed()).check(layouts, programme.language()))) {
            err.println(messages.get("export.line.warning", file, warning));
        }
        for (int i = 0; i < layouts.size(); i++) {
            for (String text : layouts.get(i).overflows()) {
                err.println(messages.get("export.line.warning", file,
                        messages.get("export.problem.overflow", i + 1, oneLine(text))));
            }
        }
    }

    /**
     * The layout engine of the command line: JavaFX's measurer and installed fonts on the
     * headless platform, so the deck's lines are the screen's.
     */
    static SlideLayoutEngine headlessLayout() {
        FxPlatform.startHeadless();
        return new SlideLayoutEngine(Themes.bundled(), new FxTextMeasurer(), new FxFontResolver());
    }

    /** The engine started in the background, or what stopped it from starting. */
    private static SlideLayoutEngine started(CompletableFuture<SlideLayoutEngine> engine) {
        try {
            return engine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static PhotoQuality quality(String id) {
        for (PhotoQuality value : PhotoQuality.values()) {
            if (value.id().equals(id.toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        return null;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ');
    }

    /** What is wrong, in the terminal's language, without the file name the line already starts with. */
    private String reason(PodiumFileException e) {
        return e.reason(messages.locale());
    }
}
