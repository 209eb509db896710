package org.podium.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.edit.SegmentEdits;
import org.podium.edit.SlideEdits;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.podium.model.Person;
import org.podium.model.Quote;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.shell.Fakes;
import org.podium.model.SegmentId;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

class ProblemsViewModelTest {

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    private final Fakes.ManualScheduler clock = new Fakes.ManualScheduler();
    /** Every character half an em wide; every font installed. */
    private final SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(),
            (text, font) -> text.codePointCount(0, text.length()) * font.sizePt() * 0.5, family -> true);
    private final ProblemsViewModel model = new ProblemsViewModel(session, Messages.load(Locale.ENGLISH),
            new SameThreadRunner(), clock, engine);

    @Test
    void problemsFollowEditsAndAClickSelectsTheSegment() {
        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo("no errors · no warnings");
        SegmentId address = new SegmentId("s-address");

        session.apply(new SegmentEdits.ReplaceSegment(
                session.programme().segment(address).orElseThrow().withTitle("").withPlannedDuration(null)));

        assertThat(model.rows()).hasSize(2);
        assertThat(model.rows()).filteredOn(ProblemRow::error).singleElement()
                .satisfies(row -> assertThat(row.target()).isEqualTo(Selection.segment(address)));
        assertThat(model.countProperty().get()).isEqualTo("1 error · 1 warning");

        model.open(model.rows().get(0));
        assertThat(session.selectionProperty().get()).isEqualTo(Selection.segment(address));
    }

    @Test
    void textThatDoesNotFitIsListedOnceTheTypingPauses() {
        SegmentId address = new SegmentId("s-address");
        SlideId quote = new SlideId("t-chen-quote");
        Slide slide = session.programme().segment(address).orElseThrow().slide(quote).orElseThrow();

        session.applyMerging(new SlideEdits.ReplaceSlide(slide.withContent(new Quote("字".repeat(3000),
                Person.named("陳懷健")))));
        assertThat(model.rows()).as("the deck is laid out only after a pause").isEmpty();

        clock.elapse();

        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.error()).isFalse();
            assertThat(row.message()).startsWith("Segment 2, slide 2: text does not fit");
            assertThat(row.target()).isEqualTo(Selection.slide(address, quote));
        });
        assertThat(model.countProperty().get()).isEqualTo("no errors · 1 warning");
    }
}
