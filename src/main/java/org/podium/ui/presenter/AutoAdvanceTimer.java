package org.podium.ui.presenter;

import java.time.Duration;
import java.util.Objects;
import javafx.animation.PauseTransition;

/**
 * The auto-advance of the page on show: at most one timer, set afresh on every change of the
 * presenter's state. A timer acts only while it is the latest one set: one whose cancel came too
 * late (already on its way) is void, even on the same page after black and back, where the page's
 * move counter alone would not tell it from the new one. Used on the JavaFX thread.
 */
final class AutoAdvanceTimer {

    /** Runs something on the JavaFX thread after a delay; tests fire it when they choose. */
    @FunctionalInterface
    interface Scheduler {
        /** @return cancels the task if it has not run yet */
        Runnable schedule(Duration delay, Runnable task);
    }

    private final PresenterViewModel model;
    private Scheduler scheduler = AutoAdvanceTimer::pause;
    private Runnable cancel;
    /** Counts timers set; only the latest may act. */
    private long armed;

    AutoAdvanceTimer(PresenterViewModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    void setScheduler(Scheduler newScheduler) {
        this.scheduler = Objects.requireNonNull(newScheduler, "scheduler");
    }

    /** Cancels the timer set before and sets one for the state now, if it has an auto-advance. */
    void reset() {
        stop();
        model.autoAdvanceDelay().ifPresent(delay -> {
            long move = model.state().move();
            long token = armed;
            cancel = scheduler.schedule(delay, () -> {
                if (token == armed) {
                    model.autoAdvance(move);
                }
            });
        });
    }

    /** Cancels the timer set, if any. */
    void stop() {
        armed++;
        if (cancel != null) {
            cancel.run();
            cancel = null;
        }
    }

    private static Runnable pause(Duration delay, Runnable task) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> task.run());
        pause.play();
        return pause::stop;
    }
}
