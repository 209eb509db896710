package org.podium.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.model.Language;
import org.podium.model.Person;
import org.podium.model.Programme;
import org.podium.model.Quote;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.model.TitleCard;

class EditHistoryTest {

    private static final SegmentId OPENING = new SegmentId("opening");
    private static final SegmentId ADDRESS = new SegmentId("address");
    private static final SlideId TITLE = new SlideId("title");
    private static final SlideId QUOTE = new SlideId("quote");

    private static Programme programme() {
        Segment opening = new Segment(OPENING, SegmentKind.OPENING, "開場", List.of(), Duration.ofMinutes(2), "",
                List.of(new Slide(TITLE, new TitleCard("分享會", ""), "", null)));
        Segment address = new Segment(ADDRESS, SegmentKind.ADDRESS, "致辭",
                List.of(new Person("陳懷健", "建鄴區委區級機關工委書記")), Duration.ofMinutes(6), "",
                List.of(new Slide(QUOTE, new Quote("在平凡崗位書寫不平凡", Person.named("陳懷健")), "", null)));
        return Programme.empty("「兩優一先」先進事跡分享會", Language.ZH_HANT).withSegments(List.of(opening, address));
    }

    @Test
    void undoThenRedoReturnsEachStateInTurn() {
        Programme original = programme();
        EditHistory history = new EditHistory(original);

        Programme moved = history.apply(new SegmentEdits.MoveSegment(ADDRESS, 0));
        assertThat(moved.segments()).extracting(Segment::id).containsExactly(ADDRESS, OPENING);

        assertThat(history.undo()).isEqualTo(original);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo()).isEqualTo(moved);
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void movingSegmentKeepsItsSlides() {
        Programme moved = new SegmentEdits.MoveSegment(OPENING, 1).apply(programme());

        assertThat(moved.segments().get(1).id()).isEqualTo(OPENING);
        assertThat(moved.segments().get(1).slides()).extracting(Slide::id).containsExactly(TITLE);
    }

    @Test
    void slideMovesAcrossSegments() {
        Programme moved = new SlideEdits.MoveSlide(QUOTE, OPENING, 0).apply(programme());

        assertThat(moved.segment(OPENING).orElseThrow().slides()).extracting(Slide::id).containsExactly(QUOTE, TITLE);
        assertThat(moved.segment(ADDRESS).orElseThrow().slides()).isEmpty();
    }

    @Test
    void newEditAfterUndoDropsTheRedo() {
        EditHistory history = new EditHistory(programme());
        history.apply(new SlideEdits.RemoveSlide(TITLE));
        history.undo();

        history.apply(new SegmentEdits.RemoveSegment(ADDRESS));

        assertThat(history.canRedo()).isFalse();
        assertThat(history.current().segments()).extracting(Segment::id).containsExactly(OPENING);
    }

    @Test
    void dirtyUntilSavedAndCleanAgainWhenUndoneToTheSavedState() {
        EditHistory history = new EditHistory(programme());
        assertThat(history.isDirty()).isFalse();

        history.apply(new ProgrammeEdits.ChangeTheme("memorial"));
        assertThat(history.isDirty()).isTrue();
        history.markSaved();
        assertThat(history.isDirty()).isFalse();

        history.apply(new ProgrammeEdits.ChangeTheme("paper"));
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
    }

    @Test
    void typingIntoOneSlideMergesIntoOneUndoStep() {
        Programme original = programme();
        EditHistory history = new EditHistory(original);
        Slide quote = original.segment(ADDRESS).orElseThrow().slide(QUOTE).orElseThrow();

        for (String notes : List.of("請", "請起", "請起立")) {
            history.applyMerging(new SlideEdits.ReplaceSlide(quote.withNotes(notes)));
        }

        assertThat(history.current().slides().get(1).notes()).isEqualTo("請起立");
        assertThat(history.undo()).isEqualTo(original);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redo().slides().get(1).notes()).isEqualTo("請起立");
    }

    @Test
    void editsToDifferentSlidesStaySeparateSteps() {
        Programme original = programme();
        EditHistory history = new EditHistory(original);

        history.applyMerging(new SlideEdits.ReplaceSlide(original.slides().get(0).withNotes("a")));
        history.applyMerging(new SlideEdits.ReplaceSlide(original.slides().get(1).withNotes("b")));

        history.undo();
        assertThat(history.current().slides().get(0).notes()).isEqualTo("a");
        assertThat(history.current().slides().get(1).notes()).isEmpty();
    }

    @Test
    void savedStateIsNotMergedAway() {
        Programme original = programme();
        EditHistory history = new EditHistory(original);
        Slide title = original.slides().get(0);
        history.applyMerging(new SlideEdits.ReplaceSlide(title.withNotes("saved")));
        history.markSaved();

        history.applyMerging(new SlideEdits.ReplaceSlide(title.withNotes("after save")));
        history.undo();

        assertThat(history.isDirty()).isFalse();
        assertThat(history.current().slides().get(0).notes()).isEqualTo("saved");
    }

    @Test
    void failingEditChangesNothing() {
        Programme original = programme();
        EditHistory history = new EditHistory(original);

        assertThatThrownBy(() -> history.apply(new SegmentEdits.RemoveSegment(new SegmentId("missing"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> history.apply(new SegmentEdits.MoveSegment(OPENING, 5)))
                .hasMessageContaining("position 5");

        assertThat(history.current()).isEqualTo(original);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void compoundEditUndoesAsOne() {
        Programme original = programme();
        EditHistory history = new EditHistory(original);
        Slide a = Slide.of(new TitleCard("甲", ""));
        Slide b = Slide.of(new TitleCard("乙", ""));

        history.apply(new Edit.Compound("edit.photos.import",
                List.of(new SlideEdits.AddSlide(OPENING, 1, a), new SlideEdits.AddSlide(OPENING, 2, b))));
        assertThat(history.current().segment(OPENING).orElseThrow().slides()).hasSize(3);

        assertThat(history.undo()).isEqualTo(original);
    }

    @Test
    void oldestStepsGoBeyondTheLimit() {
        EditHistory history = new EditHistory(programme(), 2);
        history.apply(new ProgrammeEdits.ChangeTheme("a"));
        history.apply(new ProgrammeEdits.ChangeTheme("b"));
        history.apply(new ProgrammeEdits.ChangeTheme("c"));

        history.undo();
        history.undo();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.current().themeId()).isEqualTo("a");
    }

    @Test
    void addingAnIdTwiceIsRefused() {
        Slide duplicate = new Slide(TITLE, new TitleCard("重複", ""), "", null);
        assertThatThrownBy(() -> new SlideEdits.AddSlide(ADDRESS, 0, duplicate).apply(programme()))
                .hasMessageContaining("already has a slide with id title");
    }
}
