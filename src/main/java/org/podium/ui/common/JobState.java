package org.podium.ui.common;

import java.util.concurrent.atomic.AtomicReference;

/**
 * RUNNING becomes either FINISHED (the work returned or threw) or CANCELLED, exactly once, so a
 * job that is cancelled never also reports success.
 */
final class JobState {

    enum State { RUNNING, FINISHED, CANCELLED }

    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);

    boolean finish() {
        return state.compareAndSet(State.RUNNING, State.FINISHED);
    }

    boolean cancel() {
        return state.compareAndSet(State.RUNNING, State.CANCELLED);
    }

    boolean isCancelled() {
        return state.get() == State.CANCELLED;
    }

    boolean isDone() {
        return state.get() != State.RUNNING;
    }
}
