package org.podium.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Decoding ahead with the page on show first: each job carries the page it was asked for, and a
 * free thread takes a job of the page on show before anything else, then the rest in the order
 * asked. After a run of clicks or a jump the slide on show thus no longer waits behind decodes of
 * pages already left (in first-come order it waited behind up to 38 in a stress run, seconds of
 * an empty photo frame at ~100 ms a photo), while slow clicking keeps the order of decoding ahead.
 * A job asked for a page ahead that becomes the page on show moves to the front too. Every job
 * runs once, since a photo cache entry waits on it; only the order changes. At most
 * {@code maxAtOnce} jobs are out on the threads at a time, so decoding ahead leaves a processor to
 * the slides.
 */
final class CurrentPageFirstExecutor implements Executor {

    private record Job(int page, Runnable task) {
    }

    private final Executor threads;
    private final int maxAtOnce;
    private final Object lock = new Object();
    /** In the order asked. Guarded by {@link #lock}. */
    private final List<Job> jobs = new ArrayList<>();
    private int current;
    /** Pulls given to the threads and not started yet. Guarded by {@link #lock}. */
    private int waitingPulls;
    /** Jobs running now. Guarded by {@link #lock}. */
    private int running;

    /** @param threads where the work runs (the app's background runner); one pull per job given */
    CurrentPageFirstExecutor(Executor threads) {
        this(threads, Integer.MAX_VALUE);
    }

    /**
     * @param threads   where the work runs (the app's background runner)
     * @param maxAtOnce at most this many jobs run or wait on the threads at once; the rest wait
     *                  here, in order, and are handed on as jobs finish
     */
    CurrentPageFirstExecutor(Executor threads, int maxAtOnce) {
        if (maxAtOnce < 1) {
            throw new IllegalArgumentException("at least one job must run at once, was " + maxAtOnce);
        }
        this.threads = Objects.requireNonNull(threads, "threads");
        this.maxAtOnce = maxAtOnce;
    }

    /**
     * Jobs to run at once on a machine with {@code processors}: one processor is left to the
     * JavaFX thread and the renderer, so a key is not handled beside two decodes on two cores
     * (see BENCHMARKS.md); two at most, as the app's background runner has two threads.
     */
    static int decodesAtOnce(int processors) {
        return Math.max(1, Math.min(2, processors - 1));
    }

    /** The page now on show, 0-based. */
    void showing(int page) {
        synchronized (lock) {
            current = page;
        }
    }

    /** Jobs for page {@code page}, 0-based. */
    Executor forPage(int page) {
        return task -> submit(page, task);
    }

    /** A job for the page on show now. */
    @Override
    public void execute(Runnable task) {
        int page;
        synchronized (lock) {
            page = current;
        }
        submit(page, task);
    }

    private void submit(int page, Runnable task) {
        Job job = new Job(page, Objects.requireNonNull(task, "task"));
        synchronized (lock) {
            jobs.add(job);
        }
        try {
            pullIfWanted();
        } catch (RuntimeException e) {
            synchronized (lock) {
                jobs.remove(job);
            }
            throw e;
        }
    }

    /**
     * Gives the threads one more pull when a job waits with no pull for it and fewer than
     * {@link #maxAtOnce} are out; passes on the threads' refusal.
     */
    private void pullIfWanted() {
        synchronized (lock) {
            if (waitingPulls >= jobs.size() || waitingPulls + running >= maxAtOnce) {
                return;
            }
            waitingPulls++;
        }
        try {
            threads.execute(this::runNext);
        } catch (RuntimeException e) {
            synchronized (lock) {
                waitingPulls--;
            }
            throw e;
        }
    }

    /** Runs the first job of the page on show, else the first job asked; one pull per job, so each runs once. */
    private void runNext() {
        Job job = null;
        synchronized (lock) {
            waitingPulls--;
            for (int i = 0; i < jobs.size() && job == null; i++) {
                if (jobs.get(i).page() == current) {
                    job = jobs.remove(i);
                }
            }
            if (job == null && !jobs.isEmpty()) {
                job = jobs.remove(0);
            }
            if (job != null) {
                running++;
            }
        }
        if (job == null) {
            return;
        }
        try {
            job.task().run();
        } finally {
            handOnNext();
        }
    }

    /** A job finished: the next waiting one goes to the threads if it had to wait for a free place. */
    private void handOnNext() {
        synchronized (lock) {
            running--;
        }
        try {
            pullIfWanted();
        } catch (RuntimeException e) {
            // the threads are shut down: the presentation is ending and nothing waits for the rest
        }
    }
}
