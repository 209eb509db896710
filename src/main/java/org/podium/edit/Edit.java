package org.podium.edit;

import org.podium.model.Programme;

/**
 * One change a person makes, as data. Applying it to a programme gives the changed programme;
 * undo does not need an inverse because {@link EditHistory} keeps the programme as it was.
 */
public sealed interface Edit
        permits ProgrammeEdits.ChangeInfo, ProgrammeEdits.ChangeLanguage, ProgrammeEdits.ChangeTheme,
        ProgrammeEdits.ChangeFormat, SegmentEdits.AddSegment, SegmentEdits.RemoveSegment,
        SegmentEdits.MoveSegment, SegmentEdits.ReplaceSegment, SlideEdits.AddSlide, SlideEdits.RemoveSlide,
        SlideEdits.MoveSlide, SlideEdits.ReplaceSlide, Edit.Compound {

    /**
     * The programme after this change.
     *
     * @throws IllegalArgumentException when the change does not fit the programme, e.g. it names a
     *                                  segment the programme does not have
     */
    Programme apply(Programme programme);

    /** Message key naming the change for the Undo/Redo menu items, e.g. {@code edit.segment.move}. */
    String labelKey();

    /**
     * What this edit changes, for merging successive keystrokes into one undo step: two edits with
     * equal non-null targets that follow each other may merge. Only edits that replace the whole of
     * their target (not ones that depend on its old value, such as a move) may name one.
     * {@code null} never merges.
     */
    default Object mergeTarget() {
        return null;
    }

    /** Several edits undone and redone as one, e.g. importing a folder of photos. */
    record Compound(String labelKey, java.util.List<Edit> edits) implements Edit {

        public Compound {
            edits = java.util.List.copyOf(edits);
            if (edits.isEmpty()) {
                throw new IllegalArgumentException("a compound edit needs at least one edit");
            }
        }

        @Override
        public Programme apply(Programme programme) {
            Programme result = programme;
            for (Edit edit : edits) {
                result = edit.apply(result);
            }
            return result;
        }
    }
}
