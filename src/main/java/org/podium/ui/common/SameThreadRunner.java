package org.podium.ui.common;

/**
 * Runs the work at once on the calling thread and calls back before {@link #run} returns: makes
 * view-model tests deterministic without a UI thread.
 */
public final class SameThreadRunner implements BackgroundRunner {

    @Override
    public <T> Job run(Work<T> work, Callback<? super T> callback) {
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(double fraction, String message) {
                    callback.progressed(fraction, message);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            callback.failed(e);
            return FINISHED;
        }
        callback.succeeded(result);
        return FINISHED;
    }

    @Override
    public void close() {
    }

    private static final Job FINISHED = new Job() {
        @Override
        public boolean cancel() {
            return false;
        }

        @Override
        public boolean isDone() {
            return true;
        }
    };
}
