package org.podium.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.podium.edit.Edit;
import org.podium.edit.EditHistory;
import org.podium.io.OpenedProgramme;
import org.podium.media.CompositeMediaStore;
import org.podium.media.FileMediaStore;
import org.podium.media.MediaStore;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.Slide;

/**
 * The programme being edited and everything that belongs to it: its undo history, the file it
 * came from, where its photos are, whether it is saved, and what is selected. Every change is one
 * {@link Edit} through {@link #apply} or {@link #applyMerging}. Used on the UI thread only.
 */
public final class EditorSession implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EditorSession.class.getName());

    private final ObjectProperty<Programme> programme = new SimpleObjectProperty<>(this, "programme");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    /** Grows with every change of the programme, undo and redo included; also on load. */
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");

    private EditHistory history;
    private OpenedProgramme source;
    private FileMediaStore imported = new FileMediaStore();
    private MediaStore media = imported;
    /** A restored recovery copy is unsaved work even before its first edit. */
    private boolean unsavedSinceLoad;
    private long changes;

    public EditorSession(Programme initial) {
        load(initial, null, null, false);
    }

    /**
     * Starts editing another programme: a new history, no selection; the previously opened file
     * is closed.
     *
     * @param opened   the file read, whose photos the programme uses, or {@code null}
     * @param path     where Save writes, or {@code null} until Save As
     * @param unsaved  true when the programme is not what any file holds (a recovered copy)
     */
    public void load(Programme loaded, OpenedProgramme opened, Path path, boolean unsaved) {
        OpenedProgramme previous = source;
        source = opened;
        imported = new FileMediaStore();
        media = opened == null ? imported : CompositeMediaStore.of(opened.media(), imported);
        history = new EditHistory(Objects.requireNonNull(loaded, "programme"));
        unsavedSinceLoad = unsaved;
        selection.set(null);
        file.set(path);
        publish();
        if (previous != null && previous != opened) {
            closeQuietly(previous);
        }
    }

    /** Applies an edit as its own undo step; false (and nothing changed) when it does not fit. */
    public boolean apply(Edit edit) {
        try {
            history.apply(edit);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Edit " + edit.labelKey() + " refused: " + e.getMessage());
            return false;
        }
        publish();
        return true;
    }

    /** Applies an edit, merged into the last step when both replace the same thing (typing). */
    public boolean applyMerging(Edit edit) {
        try {
            history.applyMerging(edit);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Edit " + edit.labelKey() + " refused: " + e.getMessage());
            return false;
        }
        publish();
        return true;
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
            publish();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
            publish();
        }
    }

    /** The edit Undo would take back. */
    public Optional<Edit> undoable() {
        return history.undoable();
    }

    public Optional<Edit> redoable() {
        return history.redoable();
    }

    /** The current programme is what {@code savedTo} now holds. */
    public void markSaved(Path savedTo) {
        history.markSaved();
        unsavedSinceLoad = false;
        file.set(savedTo);
        publish();
    }

    private void publish() {
        programme.set(history.current());
        Selection selected = selection.get();
        if (selected != null && (selectedSegment().isEmpty() || (selected.isSlide() && selectedSlide().isEmpty()))) {
            // What was selected is gone (an undo took it away): nothing stays selected.
            selection.set(null);
        }
        dirty.set(unsavedSinceLoad || history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        revision.set(++changes);
    }

    public Programme programme() {
        return programme.get();
    }

    /** The opened file's photos and those imported since, as one store. */
    public MediaStore media() {
        return media;
    }

    /** Where photos imported in this session are remembered until the programme is saved. */
    public FileMediaStore importedMedia() {
        return imported;
    }

    public void select(Selection selected) {
        selection.set(selected);
    }

    /** The selected segment, or the segment of the selected slide, if still in the programme. */
    public Optional<Segment> selectedSegment() {
        Selection s = selection.get();
        return s == null ? Optional.empty() : programme().segment(s.segment());
    }

    public Optional<Slide> selectedSlide() {
        Selection s = selection.get();
        if (s == null || s.slide() == null) {
            return Optional.empty();
        }
        return programme().segmentOf(s.slide()).flatMap(seg -> seg.slide(s.slide()));
    }

    public ReadOnlyObjectProperty<Programme> programmeProperty() {
        return programme;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    private static void closeQuietly(OpenedProgramme opened) {
        try {
            opened.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not close " + opened.file(), e);
        }
    }

    @Override
    public void close() {
        if (source != null) {
            closeQuietly(source);
            source = null;
        }
    }
}
