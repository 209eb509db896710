package org.podium.ui.common;

import java.time.Duration;

/** Runs actions later on the UI thread; tests drive time by hand. */
public interface Scheduler {

    /** Runs {@code action} once after {@code delay}, unless cancelled first. */
    Cancellable after(Duration delay, Runnable action);

    /** Runs {@code action} every {@code period} until cancelled. */
    Cancellable every(Duration period, Runnable action);

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
