package org.podium.export.pptx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The export's own worker threads: daemons, so an export that is abandoned never keeps the JVM
 * alive, and named, so a thread dump says what each does. The export runs below the UI and the
 * command line, so it cannot use the app's BackgroundRunner; its callers run it on theirs.
 */
final class WorkerThreads {

    private WorkerThreads() {
    }

    /** Daemon threads named {@code name-1}, {@code name-2}, … */
    static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = Executors.defaultThreadFactory().newThread(task);
            thread.setName(name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** One daemon thread named {@code name-1} that runs what it is given in order. */
    static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(named(name));
    }
}
