package org.podium.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.podium.export.ExportProgress;
import org.podium.export.pptx.PptxExporter;
import org.podium.export.pptx.PptxOptions;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.podium.render.FxFontResolver;
import org.podium.render.FxPlatform;
import org.podium.render.FxTextMeasurer;

/**
 * PPTX export as File → Export runs it inside the app: one JVM, the toolkit already up, laying out
 * and exporting the same programme again and again. The first export starts with an empty picture
 * cache (and a cold JIT), the later ones find its pictures. Needs the programmes that
 * {@link PptxExportBenchmark} prepares ({@code bench/pptx-vs-pptxgenjs.sh} runs it).
 * Usage: {@code InAppExportBenchmark [WORKDIR [RUNS]]}, defaults {@code target/pptx-bench} and 7.
 */
public final class InAppExportBenchmark {

    private InAppExportBenchmark() {
    }

    public static void main(String[] args) {
        FxBenchmarks.runAndExit(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        FxBenchmarks.allowGeneratedDecks();
        Path work = Path.of(args.length > 0 ? args[0] : "target/pptx-bench").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        FxPlatform.startHeadless();
        SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(), new FxTextMeasurer(), new FxFontResolver());
        for (String name : List.of("sample", "generated")) {
            Path file = work.resolve(name).resolve("programme.podium");
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: run bench/pptx-vs-pptxgenjs.sh once first");
            }
            Path cache = Files.createTempDirectory("podium-in-app-cache");
            Path deck = work.resolve(name).resolve("in-app.pptx");
            List<Double> warm = new ArrayList<>();
            try (OpenedProgramme opened = PodiumFile.read(file)) {
                PptxExporter exporter = new PptxExporter(engine, cache);
                for (int i = 1; i <= runs; i++) {
                    long start = System.nanoTime();
                    exporter.export(opened.programme(), opened.media(),
                            PptxOptions.defaults(), deck, ExportProgress.none());
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "%s export %d: %.2f s%s%n", name, i, seconds,
                            i == 1 ? " (empty picture cache)" : "");
                    if (i > 1) {
                        warm.add(seconds);
                    }
                }
            }
            warm.sort(null);
            System.out.printf(Locale.ROOT, "%s: median of exports 2–%d %.2f s, fastest %.2f s%n", name, runs,
                    warm.get(warm.size() / 2), warm.get(0));
        }
    }
}
