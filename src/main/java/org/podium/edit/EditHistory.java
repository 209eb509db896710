package org.podium.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.podium.model.Programme;

/**
 * The programme being edited, with undo and redo. Every change goes through {@link #apply}.
 *
 * <p>Each step keeps the programme as it was before the edit; the records are immutable and share
 * what did not change, so a step costs little. The revision counts every apply, undo and redo; the
 * programme is dirty when the current revision differs from the one last marked saved, so undoing
 * back to the saved state makes it clean again.
 */
public final class EditHistory {

    /** Steps kept for undo; the oldest go first. */
    public static final int DEFAULT_LIMIT = 500;

    private record Step(Edit edit, Programme before, Programme after, long revisionBefore, long revisionAfter) {
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private Programme current;
    private long revision;
    private long nextRevision = 1;
    private long savedRevision;

    public EditHistory(Programme programme) {
        this(programme, DEFAULT_LIMIT);
    }

    public EditHistory(Programme programme, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("undo limit must be at least 1, was " + limit);
        }
        this.current = Objects.requireNonNull(programme, "programme");
        this.limit = limit;
    }

    public Programme current() {
        return current;
    }

    /**
     * Applies an edit as a new undo step. A failing edit changes nothing.
     *
     * @return the changed programme
     * @throws IllegalArgumentException when the edit does not fit the programme
     */
    public Programme apply(Edit edit) {
        Programme after = edit.apply(current);
        push(new Step(edit, current, after, revision, nextRevision++));
        return current;
    }

    /**
     * Applies an edit, merging it into the last step when both change the same thing (see
     * {@link Edit#mergeTarget()}) and that step is not the saved state: typing a caption makes one
     * undo step, not one per key.
     */
    public Programme applyMerging(Edit edit) {
        Step last = undo.peek();
        Object target = edit.mergeTarget();
        if (last == null || target == null || !target.equals(last.edit().mergeTarget())
                || last.edit().getClass() != edit.getClass() || savedRevision == last.revisionAfter()) {
            return apply(edit);
        }
        Programme after = edit.apply(current);
        undo.pop();
        push(new Step(edit, last.before(), after, last.revisionBefore(), nextRevision++));
        return current;
    }

    private void push(Step step) {
        undo.push(step);
        if (undo.size() > limit) {
            undo.removeLast();
        }
        redo.clear();
        current = step.after();
        revision = step.revisionAfter();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The edit that {@link #undo()} would take back. */
    public Optional<Edit> undoable() {
        return Optional.ofNullable(undo.peek()).map(Step::edit);
    }

    /** The edit that {@link #redo()} would apply again. */
    public Optional<Edit> redoable() {
        return Optional.ofNullable(redo.peek()).map(Step::edit);
    }

    /** Takes back the last edit; does nothing when there is none. */
    public Programme undo() {
        Step step = undo.poll();
        if (step != null) {
            redo.push(step);
            current = step.before();
            revision = step.revisionBefore();
        }
        return current;
    }

    /** Applies the last undone edit again; does nothing when there is none. */
    public Programme redo() {
        Step step = redo.poll();
        if (step != null) {
            undo.push(step);
            current = step.after();
            revision = step.revisionAfter();
        }
        return current;
    }

    /** Counts changes: differs after every apply, undo and redo that changed something. */
    public long revision() {
        return revision;
    }

    /** Records that the current programme is what the file on disk holds. */
    public void markSaved() {
        savedRevision = revision;
    }

    /** True when the programme differs from what was last saved (or opened). */
    public boolean isDirty() {
        return revision != savedRevision;
    }
}
