package org.podium.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.podium.layout.SlideLayout;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.Themes;
import org.podium.media.PhotoCache;
import org.podium.model.Programme;
import org.podium.render.FxFontResolver;
import org.podium.render.FxPlatform;
import org.podium.render.FxTextMeasurer;
import org.podium.render.PhotoSource;
import org.podium.render.SlideRenderer;
import org.podium.render.SlideSnapshotter;
import org.podium.sample.ProgrammeGenerator;

/**
 * Lays out and renders a generated 300-slide programme with 150 camera-size photos, as thumbnails
 * (320 px) and at full size (1920 px), and prints median and p90 time per slide and the peak heap.
 *
 * <p>The baseline, measured in the same run, is a snapshot of the same number of slides at the
 * same sizes with nothing on them but the background: what any snapshot costs on this machine.
 * Run with {@code bench/run.sh RenderBenchmark} (see BENCHMARKS.md).
 */
public final class RenderBenchmark {

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path photos = Files.createTempDirectory("podium-bench-photos");
        long started = System.nanoTime();
        ProgrammeGenerator.WithPhotos generated =
                ProgrammeGenerator.generateWithPhotos(ProgrammeGenerator.Spec.benchmark(20261127L), photos);
        Programme programme = generated.programme();
        System.out.printf(Locale.ROOT, "generated %d slides, %d photos in %.1f s%n", programme.slideCount(),
                generated.files().size(), (System.nanoTime() - started) / 1e9);

        FxPlatform.startHeadless();
        SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(), new FxTextMeasurer(), new FxFontResolver());
        engine.layout(programme);
        List<Long> layoutNanos = new ArrayList<>();
        List<SlideLayout> layouts = new ArrayList<>();
        for (var segment : programme.segments()) {
            for (var slide : segment.slides()) {
                long t0 = System.nanoTime();
                List<SlideLayout> pages = engine.layout(slide, segment, programme);
                layoutNanos.add(System.nanoTime() - t0);
                layouts.addAll(pages);
            }
        }
        System.out.println(Stats.summary("layout, per slide", layoutNanos));

        for (int widthPx : new int[] {320, 1920}) {
            Stats.resetPeakHeap();
            SlideSnapshotter snapshotter = new SlideSnapshotter(
                    new SlideRenderer(PhotoSource.of(new PhotoCache(), generated.mediaStore())));
            SlideSnapshotter empty = new SlideSnapshotter(new SlideRenderer((media, request) -> {
                throw new IllegalStateException("the baseline draws no photos");
            }));
            List<Long> slideNanos = new ArrayList<>();
            List<Long> baselineNanos = new ArrayList<>();
            for (SlideLayout layout : layouts) {
                SlideLayout bare = new SlideLayout(layout.widthPt(), layout.heightPt(), layout.background(), List.of());
                long t0 = System.nanoTime();
                empty.snapshot(bare, widthPx);
                long t1 = System.nanoTime();
                snapshotter.snapshot(layout, widthPx);
                long t2 = System.nanoTime();
                baselineNanos.add(t1 - t0);
                slideNanos.add(t2 - t1);
            }
            System.out.println(Stats.summary("render " + widthPx + " px, per page", slideNanos));
            System.out.println(Stats.summary("baseline: empty snapshot " + widthPx + " px", baselineNanos));
            System.out.printf(Locale.ROOT, "peak heap while rendering at %d px: %.0f MiB (max heap %.0f MiB)%n",
                    widthPx, Stats.peakHeapMiB(), Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
        }
        System.exit(0);
    }
}
