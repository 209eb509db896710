package org.podium.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.edit.ProgrammeEdits;
import org.podium.edit.SegmentEdits;
import org.podium.edit.SlideEdits;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.podium.model.HonourRoll;
import org.podium.model.Person;
import org.podium.model.Quote;
import org.podium.model.Slide;
import org.podium.model.SegmentId;
import org.podium.model.SlideFormat;
import org.podium.model.SlideId;
import org.podium.ui.common.Messages;
import org.podium.ui.preview.PreviewViewModel;

class PreviewAndSessionTest {

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    /** Every character half an em wide; every font installed. */
    static final SlideLayoutEngine ENGINE = new SlideLayoutEngine(Themes.bundled(),
            (text, font) -> text.codePointCount(0, text.length()) * font.sizePt() * 0.5, family -> true);

    private final PreviewViewModel preview = new PreviewViewModel(session, Messages.load(Locale.ENGLISH), ENGINE);

    @Test
    void previewShowsTheSelectedSlideOrTheFirstOfTheSelectedSegment() {
        assertThat(preview.summaryProperty().get()).isEqualTo("Select a slide to see it here.");
        session.select(Selection.segment(new SegmentId("s-address")));
        assertThat(preview.kindProperty().get()).isEqualTo("Speaker");
        session.select(Selection.slide(new SegmentId("s-address"), new SlideId("t-chen-quote")));
        assertThat(preview.kindProperty().get()).isEqualTo("Quote");
        assertThat(preview.summaryProperty().get()).startsWith(TestProgrammes.QUOTE);
        assertThat(preview.layoutProperty().get().widthPt()).isEqualTo(960);
        assertThat(preview.layoutProperty().get().textBoxes()).extracting(t -> t.text())
                .anyMatch(text -> text.contains("在平凡崗位"));
        assertThat(preview.noteProperty().get()).isEmpty();
    }

    @Test
    void typingChangesTheLaidOutSlideAndTooMuchTextIsPointedOut() {
        session.select(Selection.slide(new SegmentId("s-address"), new SlideId("t-chen-quote")));
        Slide quote = session.selectedSlide().orElseThrow();
        session.applyMerging(new SlideEdits.ReplaceSlide(quote.withContent(
                new Quote("字".repeat(3000), Person.named("陳懷健")))));
        assertThat(preview.layoutProperty().get().hasOverflow()).isTrue();
        assertThat(preview.noteProperty().get()).startsWith("Some text does not fit");
    }

    @Test
    void anHonourRollSaysHowManySlidesItMakes() {
        session.select(Selection.slide(new SegmentId("s-award"), new SlideId("t-roll")));
        session.apply(new SlideEdits.ReplaceSlide(session.selectedSlide().orElseThrow().withContent(
                new HonourRoll("名單", java.util.Collections.nCopies(200, new Person("王建國", "建鄴區區級機關"))))));
        assertThat(preview.noteProperty().get()).matches("An honour roll of \\d+ slides; the first is shown\\.");
    }

    @Test
    void previewFollowsTheSlideShape() {
        session.apply(new ProgrammeEdits.ChangeFormat(SlideFormat.STANDARD_4_3));
        assertThat(preview.aspectRatioProperty().get()).isEqualTo(4.0 / 3);
    }

    @Test
    void aRefusedEditChangesNothing() {
        long revision = session.revisionProperty().get();
        assertThat(session.apply(new SegmentEdits.RemoveSegment(new SegmentId("missing")))).isFalse();
        assertThat(session.revisionProperty().get()).isEqualTo(revision);
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void aSelectedSlideThatIsDeletedIsNoLongerSelectable() {
        session.select(Selection.slide(new SegmentId("s-address"), new SlideId("t-chen")));
        session.apply(new SegmentEdits.RemoveSegment(new SegmentId("s-address")));
        assertThat(session.selectedSlide()).isEmpty();
        assertThat(session.selectedSegment()).isEmpty();
        assertThat(session.selectionProperty().get()).isNull();
    }
}
