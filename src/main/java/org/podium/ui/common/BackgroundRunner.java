package org.podium.ui.common;

import java.util.function.Consumer;

/**
 * Runs slow work (file IO, decoding, export) off the UI thread and reports back on it. Every
 * callback of a {@link Callback} is called on the UI thread, in this order: any number of
 * {@code progressed}, then exactly one of {@code succeeded}, {@code failed} or {@code cancelled}.
 */
public interface BackgroundRunner extends AutoCloseable {

    <T> Job run(Work<T> work, Callback<? super T> callback);

    /** Stops accepting work and interrupts what is running. */
    @Override
    void close();

    /** The slow part; runs on a background thread. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Handed to {@link Work}: report progress, and check whether to stop early. */
    interface Progress {
        /**
         * @param fraction done so far, 0–1, or a negative value when unknown
         * @param message  what is happening now, for the status bar
         */
        void update(double fraction, String message);

        boolean isCancelled();
    }

    /** What the UI does with the outcome; called on the UI thread. */
    interface Callback<T> {
        void succeeded(T result);

        void failed(Exception error);

        default void cancelled() {
        }

        default void progressed(double fraction, String message) {
        }

        static <T> Callback<T> of(Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            return new Callback<>() {
                @Override
                public void succeeded(T result) {
                    onSuccess.accept(result);
                }

                @Override
                public void failed(Exception error) {
                    onFailure.accept(error);
                }
            };
        }
    }

    /** A submitted piece of work. */
    interface Job {
        /**
         * Asks the work to stop and interrupts its thread. Returns false when the work had already
         * finished; its outcome is then delivered as usual.
         */
        boolean cancel();

        boolean isDone();
    }
}
