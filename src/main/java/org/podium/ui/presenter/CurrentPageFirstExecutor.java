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
 * runs once, since a photo cache entry waits on it; only the order changes.
 */
final class CurrentPageFirstExecutor implements Executor {

    private record Job(int page, Runnable task) {
    }

    private final Executor threads;
    private final Object lock = new Object();
    /** In the order asked. Guarded by {@link #lock}. */
    private final List<Job> jobs = new ArrayList<>();
    private int current;

    /** @param threads where the work runs (the app's background runner); one pull per job given */
    CurrentPageFirstExecutor(Executor threads) {
        this.threads = Objects.requireNonNull(threads, "threads");
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
            threads.execute(this::runNext);
        } catch (RuntimeException e) {
            synchronized (lock) {
                jobs.remove(job);
            }
            throw e;
        }
    }

    /** Runs the first job of the page on show, else the first job asked; one pull per job, so each runs once. */
    private void runNext() {
        Job job = null;
        synchronized (lock) {
            for (int i = 0; i < jobs.size() && job == null; i++) {
                if (jobs.get(i).page() == current) {
                    job = jobs.remove(i);
                }
            }
            if (job == null && !jobs.isEmpty()) {
                job = jobs.remove(0);
            }
        }
        if (job != null) {
            job.task().run();
        }
    }
}
