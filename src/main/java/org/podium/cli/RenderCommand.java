package org.podium.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.io.PodiumFileException;
import org.podium.layout.SlideLayout;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.Themes;
import org.podium.media.PhotoCache;
import org.podium.model.Programme;
import org.podium.render.FontCoverage;
import org.podium.render.FxFontResolver;
import org.podium.render.FxPlatform;
import org.podium.render.FxTextMeasurer;
import org.podium.render.GlyphCoverage;
import org.podium.render.PhotoProblem;
import org.podium.render.PhotoSource;
import org.podium.render.SlidePngWriter;
import org.podium.render.SlideRenderer;
import org.podium.render.SlideSnapshotter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium render FILE --out DIR}: draws every shown slide of a programme (honour-roll pages
 * included) to {@code slide-001.png}, {@code slide-002.png}, … with the renderer the window uses.
 * Needs no display: JavaFX starts on Monocle's headless platform. Reads the programme only.
 */
@Command(name = "render", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE,
        usageHelpAutoWidth = true, exitCodeOnInvalidInput = PodiumCli.USAGE,
        exitCodeOnExecutionException = PodiumCli.PROBLEMS)
final class RenderCommand implements Callable<Integer> {

    static final int DEFAULT_WIDTH_PX = 1920;

    private final CliMessages messages;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "render.file")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "render.out")
    Path outDir;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "" + DEFAULT_WIDTH_PX, descriptionKey = "render.width")
    int widthPx;

    @Option(names = "--theme", paramLabel = "ID", descriptionKey = "render.theme")
    String themeId;

    RenderCommand(CliMessages messages) {
        this.messages = messages;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (widthPx < 1 || widthPx > SlideSnapshotter.MAX_SIDE_PX) {
            err.println(messages.get("render.error.width", widthPx, SlideSnapshotter.MAX_SIDE_PX));
            return PodiumCli.USAGE;
        }
        Themes themes = Themes.bundled();
        if (themeId != null && !themes.has(themeId)) {
            err.println(messages.get("render.error.unknownTheme", themeId, String.join(", ", themes.ids())));
            return PodiumCli.USAGE;
        }
        if (!Files.exists(file)) {
            err.println(messages.get("render.error.missing", file));
            return PodiumCli.PROBLEMS;
        }
        if (Files.isDirectory(file)) {
            err.println(messages.get("render.error.directory", file));
            return PodiumCli.PROBLEMS;
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            err.println(messages.get("render.error.outNotFolder", outDir));
            return PodiumCli.PROBLEMS;
        }
        try (OpenedProgramme opened = PodiumFile.read(file)) {
            Programme programme = themeId == null ? opened.programme() : opened.programme().withThemeId(themeId);
            return render(programme, opened, themes, out, err);
        } catch (IOException e) {
            err.println(messages.get("render.error.unreadable", file, reason(e)));
            return PodiumCli.PROBLEMS;
        }
    }

    private int render(Programme programme, OpenedProgramme opened, Themes themes, PrintWriter out, PrintWriter err) {
        FxPlatform.startHeadless();
        SlideLayoutEngine engine = new SlideLayoutEngine(themes, new FxTextMeasurer(), new FxFontResolver());
        List<SlidePage> pages = engine.layout(programme);
        SlidePngWriter writer = new SlidePngWriter(
                new SlideSnapshotter(new SlideRenderer(PhotoSource.of(new PhotoCache(), opened.media()))));
        String pattern = "slide-%0" + Math.max(3, String.valueOf(pages.size()).length()) + "d.png";
        List<SlideLayout> layouts = pages.stream().map(SlidePage::layout).toList();
        List<SlidePngWriter.Written> written;
        try {
            Files.createDirectories(outDir);
            written = writer.writeAll(layouts, widthPx,
                    i -> outDir.resolve(String.format(Locale.ROOT, pattern, i + 1)));
        } catch (IOException e) {
            err.println(messages.get("render.error.write", outDir, reason(e)));
            return PodiumCli.PROBLEMS;
        }
        for (String warning : FontWarnings.lines(messages,
                new FontCoverage(GlyphCoverage.installed()).check(layouts, programme.language()))) {
            err.println(messages.get("render.line.warning", file, warning));
        }
        int problems = 0;
        for (int i = 0; i < written.size(); i++) {
            for (PhotoProblem problem : written.get(i).problems()) {
                err.println(messages.get("render.line.warning", file, messages.get("render.problem.photo", i + 1,
                        problem.media().originalName(), problem.reason())));
                problems++;
            }
        }
        out.println(messages.get("render.summary", pages.size(), outDir.toAbsolutePath().normalize(), widthPx,
                SlideSnapshotter.heightPx(programme.format().aspectRatio(), widthPx)));
        return problems == 0 ? PodiumCli.OK : PodiumCli.PROBLEMS;
    }

    /** What is wrong, in the terminal's language, without the file name the line already starts with. */
    private String reason(IOException e) {
        if (e instanceof PodiumFileException pfe) {
            return pfe.reason(messages.locale());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
