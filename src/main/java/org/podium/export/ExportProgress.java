package org.podium.export;

/**
 * What an exporter reports while it works, and how it is asked to stop. Exporters call
 * {@link #isCancelled()} between slides and then stop with a
 * {@link java.util.concurrent.CancellationException}, leaving any previous output untouched.
 */
public interface ExportProgress {

    /**
     * Called after each slide is written, on the exporting thread.
     *
     * @param done  slides written so far, 1 to {@code total}
     * @param total slides the export writes
     */
    void slideWritten(int done, int total);

    /** Whether to stop; may also be asked from an exporter's worker threads, so it must be thread-safe. */
    boolean isCancelled();

    /** Reports nothing and never cancels. */
    static ExportProgress none() {
        return new ExportProgress() {
            @Override
            public void slideWritten(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
