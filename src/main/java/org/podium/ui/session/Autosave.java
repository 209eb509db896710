package org.podium.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.podium.io.RecoveryStore;
import org.podium.media.MediaStore;
import org.podium.model.Programme;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.Scheduler;

/**
 * Writes unsaved work to the {@link RecoveryStore}: a few seconds after the last change, and on a
 * timer while changes keep coming, always on the {@link BackgroundRunner}. Once the programme is
 * saved (or the changes are undone back to the saved state) the copy is removed.
 */
public final class Autosave implements AutoCloseable {

    public static final Duration DEFAULT_QUIET = Duration.ofSeconds(3);
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(60);
    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    private final EditorSession session;
    private final RecoveryStore store;
    private final BackgroundRunner runner;
    private final Scheduler scheduler;
    private final Duration quiet;
    private final Scheduler.Cancellable timer;
    private Scheduler.Cancellable pending;
    /** Revision last written; -1 when the copy does not hold the current programme. */
    private long written = -1;
    private boolean writing;
    private boolean enabled = true;

    public Autosave(EditorSession session, RecoveryStore store, BackgroundRunner runner, Scheduler scheduler,
                    Duration quiet, Duration period) {
        this.session = Objects.requireNonNull(session, "session");
        this.store = Objects.requireNonNull(store, "store");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        session.revisionProperty().addListener((obs, old, now) -> changed());
        timer = scheduler.every(period, this::writeNow);
    }

    private void changed() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        if (!enabled) {
            return;
        }
        if (session.isDirty()) {
            pending = scheduler.after(quiet, this::writeNow);
        } else if (written != -1 || session.fileProperty().get() != null) {
            clear();
        }
    }

    /** Writes the copy now when there are unsaved changes it does not hold yet. */
    public void writeNow() {
        pending = null;
        long revision = session.revisionProperty().get();
        if (!enabled || !session.isDirty() || revision == written || writing) {
            return;
        }
        Programme programme = session.programme();
        MediaStore media = session.media();
        Path source = session.fileProperty().get();
        writing = true;
        runner.run(work -> {
            store.write(programme, media, source);
            return revision;
        }, BackgroundRunner.Callback.of(done -> {
            writing = false;
            written = done;
        }, error -> {
            writing = false;
            LOG.log(System.Logger.Level.WARNING, "Autosave to " + store.directory() + " failed", error);
        }));
    }

    /** Removes the copy: the work is safe in its file, or the person chose to drop it. */
    public void clear() {
        written = -1;
        runner.run(work -> {
            store.clear();
            return null;
        }, BackgroundRunner.Callback.of(done -> { }, error ->
                LOG.log(System.Logger.Level.WARNING, "Could not remove the autosaved copy", error)));
    }

    /** Stops writing and, for a clean close, removes the copy at once. */
    public void closeCleanly() {
        enabled = false;
        close();
        try {
            store.clear();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remove the autosaved copy", e);
        }
    }

    @Override
    public void close() {
        enabled = false;
        timer.cancel();
        if (pending != null) {
            pending.cancel();
        }
    }
}
