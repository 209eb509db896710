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
