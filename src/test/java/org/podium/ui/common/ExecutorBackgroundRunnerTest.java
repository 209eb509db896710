package org.podium.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutorBackgroundRunnerTest {

    /** Stands in for the JavaFX thread: callbacks queue here and run when the test drains them. */
    private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final ExecutorBackgroundRunner runner = new ExecutorBackgroundRunner(
            Executors.newSingleThreadExecutor(ExecutorBackgroundRunner.daemonThreads("test-worker")), uiQueue::add);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        runner.close();
    }

    private BackgroundRunner.Callback<Object> recorder() {
        return new BackgroundRunner.Callback<>() {
            @Override
            public void succeeded(Object result) {
                events.add("succeeded " + result + " on " + Thread.currentThread().getName());
            }

            @Override
            public void failed(Exception error) {
                events.add("failed " + error.getMessage());
            }

            @Override
            public void cancelled() {
                events.add("cancelled");
            }

            @Override
            public void progressed(double fraction, String message) {
                events.add("progress " + fraction + " " + message);
            }
        };
    }

    /** Runs UI callbacks in order until one ends the job. */
    private void drainUntilDone() throws InterruptedException {
        while (events.stream().noneMatch(e -> e.startsWith("succeeded") || e.startsWith("failed")
                || e.equals("cancelled"))) {
            Runnable next = uiQueue.poll(10, TimeUnit.SECONDS);
            assertThat(next).as("a callback from the background").isNotNull();
            next.run();
        }
    }

    @Test
    void workRunsOnAWorkerAndTheResultArrivesOnTheUiThread() throws InterruptedException {
        runner.run(progress -> Thread.currentThread().getName(), recorder());
        drainUntilDone();
        assertThat(events).containsExactly("succeeded test-worker-1 on " + Thread.currentThread().getName());
    }

    @Test
    void progressArrivesBeforeTheResult() throws InterruptedException {
        runner.run(progress -> {
            progress.update(0.5, "half");
            return "done";
        }, recorder());
        drainUntilDone();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo("progress 0.5 half");
        assertThat(events.get(1)).startsWith("succeeded done");
    }

    @Test
    void failureIsReportedWithItsException() throws InterruptedException {
        runner.run(progress -> {
            throw new IOException("disk full");
        }, recorder());
        drainUntilDone();
        assertThat(events).containsExactly("failed disk full");
    }

    @Test
    void cancelInterruptsTheWorkAndReportsOnlyCancelled() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        BackgroundRunner.Job job = runner.run(progress -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "never";
        }, recorder());
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(job.cancel()).isTrue();
        drainUntilDone();

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(job.isDone()).isTrue();
        assertThat(events).containsExactly("cancelled");
        assertThat(uiQueue).isEmpty();
    }

    @Test
    void resultThatArrivesAfterCancelIsClosedNotDelivered() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        BackgroundRunner.Job job = runner.run(progress -> {
            started.countDown();
            awaitIgnoringInterrupts(release);
            return (Closeable) closed::countDown;
        }, recorder());
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        job.cancel();
        release.countDown();

        assertThat(closed.await(10, TimeUnit.SECONDS)).as("the late result was closed").isTrue();
        drainUntilDone();
        assertThat(events).containsExactly("cancelled");
    }

    @Test
    void cancelAfterTheWorkFinishedChangesNothing() throws InterruptedException {
        BackgroundRunner.Job job = runner.run(progress -> "quick", recorder());
        drainUntilDone();
        assertThat(job.cancel()).isFalse();
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).startsWith("succeeded quick");
    }

    @Test
    void workerThreadsAreNamedDaemons() {
        ThreadFactory factory = ExecutorBackgroundRunner.daemonThreads("podium-background");
        Thread first = factory.newThread(() -> { });
        Thread second = factory.newThread(() -> { });
        assertThat(first.isDaemon()).isTrue();
        assertThat(first.getName()).isEqualTo("podium-background-1");
        assertThat(second.getName()).isEqualTo("podium-background-2");
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
