package org.podium.render;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit without a display and runs work on its thread, for the command line
 * and tests: slides are drawn by the same renderer as on screen, then snapshotted.
 *
 * <p>The headless set-up is Monocle's {@code Headless} glass platform with Prism's software
 * pipeline ({@code sw}); JavaFX reads these properties once, when it first loads, so
 * {@link #startHeadless()} must come before any other JavaFX use in the process (a font looked up
 * earlier already loads the toolkit with its defaults). Properties given on the command line
 * ({@code -Dprism.order=…}) are left as they are. JavaFX 21 has one text rasteriser on Linux
 * (FreeType with HarfBuzz shaping); {@code prism.text=t2k} is ignored, so it is not set.
 */
public final class FxPlatform {

    /** JavaFX's own logger; held so the filter set on it is not collected with it. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    /** What JavaFX says on every start from the class path, which is how Podium runs by design. */
    private static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    private static final Object LOCK = new Object();
    private static boolean started;

    private FxPlatform() {
    }

    /**
     * Starts the toolkit on Monocle's headless platform with software rendering, once per process;
     * later calls return at once. When something else started the toolkit already (the window, a
     * test harness) that toolkit is used as it is. Works with {@code DISPLAY} unset.
     */
    public static void startHeadless() {
        synchronized (LOCK) {
            if (started) {
                return;
            }
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            // only that one warning is dropped: it would start every command line run with two lines of noise
            JAVAFX_LOG.setFilter(entry -> entry.getMessage() == null || !entry.getMessage().startsWith(CLASS_PATH_WARNING));
            CountDownLatch ready = new CountDownLatch(1);
            try {
                Platform.startup(ready::countDown);
                ready.await();
            } catch (IllegalStateException alreadyRunning) {
                // started elsewhere: nothing to wait for
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting JavaFX", e);
            }
            Platform.setImplicitExit(false);
            started = true;
        }
    }

    /**
     * Runs {@code task} on the JavaFX thread; at once when called on it. The future completes with
     * the task's result or fails with what it threw.
     */
    public static <T> CompletableFuture<T> supply(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable run = () -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        };
        if (Platform.isFxApplicationThread()) {
            run.run();
        } else {
            Platform.runLater(run);
        }
        return result;
    }

    /**
     * Runs {@code task} on the JavaFX thread and waits for it; what the task throws is thrown here
     * (checked exceptions wrapped in {@link CompletionException}).
     */
    public static <T> T call(Callable<T> task) {
        return await(supply(task));
    }

    /**
     * Waits for {@code future}; an unchecked exception or error it failed with is thrown as it is,
     * a checked one wrapped in {@link CompletionException}.
     */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException("interrupted while waiting for the JavaFX thread", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new CompletionException(cause);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
