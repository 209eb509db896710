package org.podium.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The app's background runner: one pool of daemon threads for the work, callbacks handed to the
 * UI thread's executor ({@code Platform::runLater} in the app). Daemon threads never keep the JVM
 * alive after the last window closes.
 */
public final class ExecutorBackgroundRunner implements BackgroundRunner {

    private static final System.Logger LOG = System.getLogger(ExecutorBackgroundRunner.class.getName());

    private final ExecutorService workers;
    private final Executor uiThread;

    public ExecutorBackgroundRunner(ExecutorService workers, Executor uiThread) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
    }

    /** A runner with {@code threads} daemon workers reporting to the JavaFX application thread. */
    public static ExecutorBackgroundRunner forJavaFx(int threads) {
        return new ExecutorBackgroundRunner(Executors.newFixedThreadPool(threads, daemonThreads("podium-background")),
                Platform::runLater);
    }

    /** Daemon threads named {@code prefix-1}, {@code prefix-2}, … */
    public static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public <T> Job run(Work<T> work, Callback<? super T> callback) {
        JobState state = new JobState();
        Progress progress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                if (!state.isDone()) {
                    uiThread.execute(() -> {
                        if (!state.isCancelled()) {
                            callback.progressed(fraction, message);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return state.isCancelled() || Thread.currentThread().isInterrupted();
            }
        };
        Future<?> future = workers.submit(() -> execute(work, callback, state, progress));
        return new Job() {
            @Override
            public boolean cancel() {
                if (!state.cancel()) {
                    return false;
                }
                future.cancel(true);
                uiThread.execute(callback::cancelled);
                return true;
            }

            @Override
            public boolean isDone() {
                return state.isDone();
            }
        };
    }

    private <T> void execute(Work<T> work, Callback<? super T> callback, JobState state, Progress progress) {
        T result;
        try {
            result = work.call(progress);
        } catch (Exception e) {
            if (state.finish()) {
                uiThread.execute(() -> callback.failed(e));
            }
            return;
        }
        if (state.finish()) {
            uiThread.execute(() -> callback.succeeded(result));
        } else {
            discard(result);
        }
    }

    /** A result that arrives after its job was cancelled is dropped; an open file in it is closed. */
    private static void discard(Object result) {
        if (result instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "Could not close the result of a cancelled job", e);
            }
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
