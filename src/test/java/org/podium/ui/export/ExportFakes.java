package org.podium.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.podium.export.ExportProgress;
import org.podium.ui.common.BackgroundRunner;

/** Stand-ins for the export's ports: answers from queues, calls recorded. */
final class ExportFakes {

    private ExportFakes() {
    }

    /** The exporter port: records each request, then reports progress and returns or throws as told. */
    static final class Exporter implements Exporters {
        final List<ExportRequest> requests = new ArrayList<>();
        int slides = 33;
        IOException failure;
        /** When set, stops as a real exporter does once asked to. */
        boolean checkCancel;

        @Override
        public int export(ExportRequest request, ExportProgress progress) throws IOException {
            requests.add(request);
            if (failure != null) {
                throw failure;
            }
            for (int i = 1; i <= slides; i++) {
                if (checkCancel && progress.isCancelled()) {
                    throw new java.util.concurrent.CancellationException("cancelled");
                }
                progress.slideWritten(i, slides);
            }
            return slides;
        }
    }

    static final class Chooser implements ExportFileChooser {
        final Deque<Optional<Path>> answers = new ArrayDeque<>();
        final List<String> suggestedNames = new ArrayList<>();
        final List<Path> folders = new ArrayList<>();

        @Override
        public Optional<Path> chooseTarget(ExportKind kind, Path folder, String suggestedName) {
            suggestedNames.add(suggestedName);
            folders.add(folder);
            return answers.isEmpty() ? Optional.empty() : answers.pop();
        }
    }

    static final class Notifier implements ExportNotifier {
        final List<String> exported = new ArrayList<>();
        final List<Path> files = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        @Override
        public void exported(String text, Path file) {
            exported.add(text);
            files.add(file);
        }

        @Override
        public void note(String text) {
            notes.add(text);
        }
    }

    /**
     * Holds the work until the test runs it, as a pool thread would that has not got to it yet;
     * cancelling marks the progress cancelled and reports it, as {@code ExecutorBackgroundRunner} does.
     */
    static final class HeldRunner implements BackgroundRunner {
        private Runnable pending;
        boolean cancelled;

        @Override
        public <T> Job run(Work<T> work, Callback<? super T> callback) {
            Progress progress = new Progress() {
                @Override
                public void update(double fraction, String message) {
                    callback.progressed(fraction, message);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            };
            pending = () -> {
                try {
                    T result = work.call(progress);
                    if (!cancelled) {
                        callback.succeeded(result);
                    }
                } catch (Exception e) {
                    if (!cancelled) {
                        callback.failed(e);
                    }
                }
            };
            return new Job() {
                @Override
                public boolean cancel() {
                    cancelled = true;
                    callback.cancelled();
                    return true;
                }

                @Override
                public boolean isDone() {
                    return cancelled;
                }
            };
        }

        /** Runs the held work now, on this thread. */
        void runHeld() {
            Runnable work = pending;
            pending = null;
            work.run();
        }

        @Override
        public void close() {
        }
    }
}
