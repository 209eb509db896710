package org.podium.ui.runningorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.model.SlideKind;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

class RunningOrderViewModelTest {

    private static final SegmentId ADDRESS = new SegmentId("s-address");
    private static final SegmentId DIALOGUE = new SegmentId("s-dialogue");
    private static final SlideId CHEN = new SlideId("t-chen");
    private static final SlideId QUOTE = new SlideId("t-chen-quote");
    private static final SlideId PAIR = new SlideId("t-pair");

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    private final RunningOrderViewModel model = new RunningOrderViewModel(session, Messages.load(Locale.TAIWAN));

    private List<String> slideIds(SegmentId segment) {
        return session.programme().segment(segment).orElseThrow().slides().stream().map(s -> s.id().value()).toList();
    }

    private List<String> segmentIds() {
        return session.programme().segments().stream().map(s -> s.id().value()).toList();
    }

    @Test
    void addedSegmentGoesAfterTheSelectionTitledWithItsKindAndIsSelected() {
        session.select(Selection.segment(ADDRESS));

        model.addSegment(SegmentKind.AWARD);

        Segment added = session.programme().segments().get(2);
        assertThat(added.kind()).isEqualTo(SegmentKind.AWARD);
        assertThat(added.title()).isEqualTo("頒獎");
        assertThat(session.selectionProperty().get()).isEqualTo(Selection.segment(added.id()));
        assertThat(model.rows()).hasSize(8);
        assertThat(model.rows().get(2).title()).isEqualTo("頒獎");
    }

    @Test
    void addedSlideGoesAfterTheSelectedSlide() {
        session.select(Selection.slide(ADDRESS, CHEN));

        assertThat(model.addSlide(SlideKind.TEXT)).isTrue();

        List<Slide> slides = session.programme().segment(ADDRESS).orElseThrow().slides();
        assertThat(slides).hasSize(3);
        assertThat(slides.get(1).content().kind()).isEqualTo(SlideKind.TEXT);
        assertThat(session.selectionProperty().get()).isEqualTo(Selection.slide(ADDRESS, slides.get(1).id()));
    }

    @Test
    void photoKindsAreNotAddedEmptyAndNothingIsAddedWithoutASegment() {
        session.select(Selection.segment(ADDRESS));
        assertThat(model.addSlide(SlideKind.PHOTO)).isFalse();
        session.load(Programme.empty("", org.podium.model.Language.EN), null, null, false);
        assertThat(model.addSlide(SlideKind.QUOTE)).isFalse();
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void duplicateCopiesTheSlideWithANewIdRightAfterIt() {
        session.select(Selection.slide(ADDRESS, CHEN));

        model.duplicate();

        List<Slide> slides = session.programme().segment(ADDRESS).orElseThrow().slides();
        assertThat(slides).hasSize(3);
        assertThat(slides.get(1).content()).isEqualTo(slides.get(0).content());
        assertThat(slides.get(1).id()).isNotEqualTo(CHEN);
    }

    @Test
    void duplicatingASegmentCopiesItsSlides() {
        session.select(Selection.segment(ADDRESS));
        model.duplicate();
        Segment copy = session.programme().segments().get(2);
        assertThat(copy.title()).isEqualTo(TestProgrammes.ADDRESS);
        assertThat(copy.slides()).hasSize(2);
        assertThat(copy.id()).isNotEqualTo(ADDRESS);
    }

    @Test
    void deleteSelectsTheNextSlideAndUndoBringsTheSlideBack() {
        session.select(Selection.slide(ADDRESS, CHEN));

        model.delete();

        assertThat(slideIds(ADDRESS)).containsExactly("t-chen-quote");
        assertThat(session.selectionProperty().get()).isEqualTo(Selection.slide(ADDRESS, QUOTE));
        session.undo();
        assertThat(slideIds(ADDRESS)).containsExactly("t-chen", "t-chen-quote");
    }

    @Test
    void deletingASegmentRemovesItWithItsSlides() {
        session.select(Selection.segment(ADDRESS));
        model.delete();
        assertThat(segmentIds()).doesNotContain("s-address").hasSize(6);
        assertThat(session.programme().slideCount()).isEqualTo(8);
    }

    @Test
    void moveUpAndDownKeepTheSelectionAndCrossIntoTheNeighbouringSegment() {
        session.select(Selection.slide(ADDRESS, QUOTE));

        model.moveUp();
        assertThat(slideIds(ADDRESS)).containsExactly("t-chen-quote", "t-chen");
        assertThat(session.selectionProperty().get()).isEqualTo(Selection.slide(ADDRESS, QUOTE));

        model.moveUp();
        assertThat(slideIds(ADDRESS)).containsExactly("t-chen");
        assertThat(slideIds(new SegmentId("s-chorus"))).containsExactly("t-title", "t-chen-quote");
        assertThat(session.selectionProperty().get().segment()).isEqualTo(new SegmentId("s-chorus"));

        model.moveDown();
        assertThat(slideIds(ADDRESS)).containsExactly("t-chen-quote", "t-chen");
    }

    @Test
    void movingASegmentDownIsOneUndoStep() {
        session.select(Selection.segment(ADDRESS));
        model.moveDown();
        assertThat(segmentIds().subList(0, 3)).containsExactly("s-chorus", "s-dialogue", "s-address");
        session.undo();
        assertThat(segmentIds().subList(0, 3)).containsExactly("s-chorus", "s-address", "s-dialogue");
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void slideDroppedOnALaterSlideOfItsSegmentTakesItsPlace() {
        Selection quote = Selection.slide(ADDRESS, QUOTE);
        assertThat(model.drop(Selection.slide(ADDRESS, CHEN), quote)).isTrue();
        assertThat(slideIds(ADDRESS)).containsExactly("t-chen-quote", "t-chen");
    }

    @Test
    void slideDroppedInAnotherSegmentGoesBeforeTheTargetOrAtTheEndOfASegmentRow() {
        model.drop(Selection.slide(ADDRESS, QUOTE), Selection.slide(DIALOGUE, PAIR));
        assertThat(slideIds(DIALOGUE)).containsExactly("t-dialogue", "t-chen-quote", "t-pair");

        model.drop(Selection.slide(ADDRESS, CHEN), Selection.segment(DIALOGUE));
        assertThat(slideIds(DIALOGUE)).containsExactly("t-dialogue", "t-chen-quote", "t-pair", "t-chen");
        assertThat(slideIds(ADDRESS)).isEmpty();
        assertThat(session.selectionProperty().get()).isEqualTo(Selection.slide(DIALOGUE, CHEN));
    }

    @Test
    void segmentDroppedOnAnotherTakesItsPlace() {
        model.drop(Selection.segment(new SegmentId("s-closing")), Selection.segment(ADDRESS));
        assertThat(segmentIds().subList(0, 3)).containsExactly("s-chorus", "s-closing", "s-address");
        model.drop(Selection.segment(new SegmentId("s-chorus")), Selection.slide(DIALOGUE, PAIR));
        assertThat(segmentIds().subList(0, 4)).containsExactly("s-closing", "s-address", "s-dialogue", "s-chorus");
    }

    @Test
    void droppingARowOnItselfChangesNothing() {
        assertThat(model.drop(Selection.segment(ADDRESS), Selection.segment(ADDRESS))).isFalse();
        assertThat(model.drop(Selection.slide(ADDRESS, CHEN), Selection.slide(ADDRESS, CHEN))).isFalse();
        assertThat(session.isDirty()).isFalse();
    }
}
