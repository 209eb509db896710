package org.podium.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.Themes;
import org.podium.media.PhotoCache;
import org.podium.media.PhotoDecoder;
import org.podium.render.FxFontResolver;
import org.podium.render.FxTextMeasurer;
import org.podium.sample.ProgrammeGenerator;
import org.podium.ui.common.ExecutorBackgroundRunner;
import org.podium.ui.common.Messages;
import org.podium.ui.presenter.PagePhotos;
import org.podium.ui.presenter.Presenter;
import org.podium.ui.presenter.PhotoPrefetcher;
import org.podium.ui.presenter.PresenterOptions;

/**
 * Key-to-new-slide latency of the presenter and its peak heap, on a generated programme of 300
 * slides with 150 camera-size photos, on Monocle's headless platform at 1920 × 1080. Run by hand
 * (see BENCHMARKS.md); not a test.
 *
 * <p>One sample: on the JavaFX thread, a PAGE_DOWN key event is fired at the audience scene; the
 * handler moves, draws the new page (audience and both console previews) and puts it in the
 * scene; then the next pulse runs CSS and layout. Measured: the handler's time plus that pulse's
 * time from its start to the end of its layout pass (its pre- and post-layout listeners). The idle
 * wait between the key and the pulse (up to one 60 Hz frame, spent doing nothing) and the software
 * rasterisation after layout are not included; the wall time from key to post-layout is reported
 * too.
 *
 * <p>The first key comes as on the day: after the presenter's start-up warm-up has run and the
 * first slide has been up for {@link #SETTLE_MS} (pass {@code -Dpodium.bench.settle=0} to press at
 * once, as the benchmark did before 2026-11-27 15:00). {@code -Dpodium.bench.cacheMiB=N} sets the
 * photo cache's budget (default the presenter's).
 */
public final class PresenterBenchmark {

    private static final int ADVANCES = 300;
    private static final double FRAME_MS = 1000.0 / 60;
    /** How long the first slide is up before the first key, after the warm-up: a hall settling takes longer. */
    private static final long SETTLE_MS = Long.getLong("podium.bench.settle", 2000);

    private PresenterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", "1920x1080-32");
        System.setProperty("prism.order", "sw");
        Path photos = Path.of(args.length > 0 ? args[0] : "target/bench-photos");
        long started = System.nanoTime();
        ProgrammeGenerator.WithPhotos generated = ProgrammeGenerator.generateWithPhotos(
                ProgrammeGenerator.Spec.benchmark(2021), photos);
        long photoBytes = 0;
        for (Path file : generated.files().values()) {
            photoBytes += Files.size(file);
        }
        System.out.printf(Locale.ROOT, "generated %d slides, %d photos (%.0f MB of JPEG) in %.1f s%n",
                generated.programme().slideCount(), generated.files().size(), photoBytes / 1e6,
                (System.nanoTime() - started) / 1e9);

        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false);
        List<SlidePage> pages = new SlideLayoutEngine(Themes.bundled(), new FxTextMeasurer(), new FxFontResolver())
                .layout(generated.programme());
        ExecutorBackgroundRunner runner = ExecutorBackgroundRunner.forJavaFx(2);
        PhotoCache cache = new PhotoCache(Long.getLong("podium.bench.cacheMiB", PhotoPrefetcher.PRESENTER_BUDGET_BYTES >> 20) << 20, new PhotoDecoder()::decode);
        Presenter presenter = fx(() -> {
            Presenter p = new Presenter(generated.programme(), pages, generated.mediaStore(), cache,
                    PhotoPrefetcher.executorOf(runner), Messages.load(Locale.forLanguageTag("zh-Hant-TW")),
                    Clock.systemDefaultZone(), null,
                    PresenterOptions.defaults().holding(false).withFade(javafx.util.Duration.ZERO), new Stage(), new Stage());
            p.start();
            return p;
        });
        if (SETTLE_MS > 0) {
            presenter.warmedUp().toCompletableFuture().get(60, TimeUnit.SECONDS);
            Thread.sleep(SETTLE_MS);
        }
        double pxPerPt = fx(() -> presenter.audience().stage().getWidth()) / pages.get(0).layout().widthPt();
        System.out.printf(Locale.ROOT, "%d pages; audience %.0f × %.0f px%n", pages.size(),
                fx(() -> presenter.audience().stage().getWidth()), fx(() -> presenter.audience().stage().getHeight()));

        Result paced = run(presenter, pages, cache, pxPerPt, true);
        report("paced (photos of the next pages decoded before each key, as between real slides)", paced);
        Result rapid = run(presenter, pages, cache, pxPerPt, false);
        report("rapid (keys back to back, decoding left behind)", rapid);

        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "heap: max %d MB (-Xmx), peak used %d MB (sum of heap pools' peaks), "
                        + "largest sampled after a move %d MB; photo cache %s%n",
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20,
                Math.max(paced.maxHeapBytes, rapid.maxHeapBytes) >> 20, cache.stats());
        fx(() -> {
            presenter.end();
            return null;
        });
        runner.close();
        Platform.exit();
    }

    private static final class Result {
        final List<Double> workMs = new ArrayList<>();
        final List<Double> wallMs = new ArrayList<>();
        /** The key handler's share of the work: moving and drawing, before the pulse. */
        final List<Double> handlerMs = new ArrayList<>();
        /** For the slowest samples: what page it was. */
        final List<String> slowest = new ArrayList<>();
        /** The same measurement for a key the presenter ignores: what the machine alone costs. */
        final List<Double> baselineMs = new ArrayList<>();
        int withoutPhotos;
        long maxHeapBytes;
    }

    private static Result run(Presenter presenter, List<SlidePage> pages, PhotoCache cache, double pxPerPt,
                              boolean paced) throws Exception {
        Result result = new Result();
        fx(() -> {
            fire(presenter.audience().scene(), KeyCode.HOME);
            return null;
        });
        for (int i = 0; i < ADVANCES; i++) {
            if (presenter.model().state().index() == pages.size() - 1) {
                fx(() -> {
                    fire(presenter.audience().scene(), KeyCode.HOME);
                    return null;
                });
            }
            int next = presenter.model().state().index() + 1;
            if (paced) {
                awaitDecoded(cache, pages.get(next), pxPerPt);
            }
            result.baselineMs.add(baseline(presenter));
            double[] sample = advance(presenter, next, cache, pages.get(next), pxPerPt);
            result.workMs.add(sample[0]);
            result.wallMs.add(sample[1]);
            result.handlerMs.add(sample[3]);
            if (sample[0] > FRAME_MS) {
                SlidePage page = pages.get(next);
                result.slowest.add(String.format(Locale.ROOT, "%.0f ms (handler %.0f): page %d, %d text boxes, %d lines, "
                        + "%d photos", sample[0], sample[3], next + 1, page.layout().textBoxes().size(),
                        page.layout().textBoxes().stream().mapToInt(t -> t.lines().size()).sum(),
                        page.layout().imageBoxes().size()));
            }
            if (sample[2] == 0) {
                result.withoutPhotos++;
            }
            Runtime rt = Runtime.getRuntime();
            result.maxHeapBytes = Math.max(result.maxHeapBytes, rt.totalMemory() - rt.freeMemory());
        }
        return result;
    }

    /** {work ms, wall ms, 1 if every photo of the page was decoded when it was shown else 0, handler ms}. */
    private static double[] advance(Presenter presenter, int expected, PhotoCache cache, SlidePage page,
                                    double pxPerPt) throws Exception {
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = presenter.audience().scene();
            Node before = presenter.audience().shownSlide();
            long t0 = System.nanoTime();
            fire(scene, KeyCode.PAGE_DOWN);
            long t1 = System.nanoTime();
            Node after = presenter.audience().shownSlide();
            if (after == before || after.getScene() != scene || presenter.model().state().index() != expected) {
                done.completeExceptionally(new IllegalStateException("page " + (expected + 1) + " is not on show"));
                return;
            }
            boolean complete = decoded(cache, page, pxPerPt);
            long[] pulseStart = new long[1];
            Runnable[] listeners = new Runnable[2];
            listeners[0] = () -> pulseStart[0] = System.nanoTime();
            listeners[1] = () -> {
                long t2 = System.nanoTime();
                scene.removePreLayoutPulseListener(listeners[0]);
                scene.removePostLayoutPulseListener(listeners[1]);
                done.complete(new double[] {((t1 - t0) + (t2 - pulseStart[0])) / 1e6, (t2 - t0) / 1e6, complete ? 1 : 0,
                        (t1 - t0) / 1e6});
            };
            scene.addPreLayoutPulseListener(listeners[0]);
            scene.addPostLayoutPulseListener(listeners[1]);
            Platform.requestNextPulse();
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    /** Handler plus pulse-to-layout time of F1, which the presenter ignores; nothing is drawn. */
    private static double baseline(Presenter presenter) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = presenter.audience().scene();
            long t0 = System.nanoTime();
            fire(scene, KeyCode.F1);
            long t1 = System.nanoTime();
            long[] pulseStart = new long[1];
            Runnable[] listeners = new Runnable[2];
            listeners[0] = () -> pulseStart[0] = System.nanoTime();
            listeners[1] = () -> {
                long t2 = System.nanoTime();
                scene.removePreLayoutPulseListener(listeners[0]);
                scene.removePostLayoutPulseListener(listeners[1]);
                done.complete(((t1 - t0) + (t2 - pulseStart[0])) / 1e6);
            };
            scene.addPreLayoutPulseListener(listeners[0]);
            scene.addPostLayoutPulseListener(listeners[1]);
            Platform.requestNextPulse();
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    private static boolean decoded(PhotoCache cache, SlidePage page, double pxPerPt) {
        return PagePhotos.of(page, pxPerPt).stream().allMatch(n -> cache.peek(n.media(), n.request()).isPresent());
    }

    /** Polls, off the FX thread, until the page's photos are decoded: the operator's pause between slides. */
    private static void awaitDecoded(PhotoCache cache, SlidePage page, double pxPerPt) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!decoded(cache, page, pxPerPt) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static void fire(Scene scene, KeyCode code) {
        Event.fireEvent(scene, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
    }

    private static void report(String name, Result result) {
        double[] work = result.workMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] wall = result.wallMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] base = result.baselineMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] handler = result.handlerMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: %d advances; work median %.2f ms, p99 %.2f ms, max %.2f ms "
                        + "(target p99 < %.1f ms: %s); wall key→post-layout median %.2f ms, p99 %.2f ms; "
                        + "%d shown before their photos were decoded; baseline (ignored key + pulse) median %.2f ms, "
                        + "p99 %.2f ms; of the work, the key handler: median %.2f ms, p99 %.2f ms%n",
                name, work.length, percentile(work, 50), percentile(work, 99), work[work.length - 1], FRAME_MS,
                percentile(work, 99) < FRAME_MS ? "met" : "MISSED", percentile(wall, 50), percentile(wall, 99),
                result.withoutPhotos, percentile(base, 50), percentile(base, 99), percentile(handler, 50),
                percentile(handler, 99));
        System.out.printf(Locale.ROOT, "  %d samples over a frame; the first ten:%n", result.slowest.size());
        result.slowest.stream().limit(10).forEach(line -> System.out.println("  " + line));
    }

    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static <T> T fx(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
