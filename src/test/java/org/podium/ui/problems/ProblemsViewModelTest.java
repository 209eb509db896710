package org.podium.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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
import org.podium.model.TextPoints;
import org.podium.render.GlyphCoverage;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.shell.Fakes;
import org.podium.model.SegmentId;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

class ProblemsViewModelTest {

    /** Every font installed; none draws the private-use U+E000 except Noto Sans, the suggested one. */
    private static final GlyphCoverage GLYPHS = new GlyphCoverage() {
        @Override
        public boolean canDisplay(String family, int codePoint) {
            return codePoint != 0xE000 || family.equals("Noto Sans");
        }

        @Override
        public boolean isInstalled(String family) {
            return true;
        }
    };

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    private final Fakes.ManualScheduler clock = new Fakes.ManualScheduler();
    /** Every character half an em wide. */
    private final SlideLayoutEngine engine = new SlideLayoutEngine(Themes.bundled(),
            (text, font) -> text.codePointCount(0, text.length()) * font.sizePt() * 0.5, GLYPHS);
    private final ProblemsViewModel model;

    ProblemsViewModelTest() {
        // The store is only asked whether it has the photo; the file is never read.
        session.importedMedia().put(TestProgrammes.MEDAL_PHOTO, Path.of("medal.jpg"));
        model = modelFor(session);
    }

    private ProblemsViewModel modelFor(EditorSession edited) {
        return new ProblemsViewModel(edited, Messages.load(Locale.ENGLISH), new SameThreadRunner(), clock, engine,
                GLYPHS);
    }

    @Test
    void aCleanProgrammeHasNoProblemsEvenAfterTheLayout() {
        clock.elapse();

        assertThat(model.rows()).isEmpty();
        assertThat(model.countProperty().get()).isEqualTo("no errors · no warnings");
    }

    @Test
    void aCharacterNoFontDrawsIsListedWithTheFontToInstall() {
        SegmentId testimony = new SegmentId("s-testimony");
        SlideId points = new SlideId("t-points");
        Slide slide = session.programme().segment(testimony).orElseThrow().slide(points).orElseThrow();

        session.apply(new SlideEdits.ReplaceSlide(slide.withContent(new TextPoints("「星光」\uE000匯聚",
                List.of("四年評選 25 名「微星光」黨員")))));
        clock.elapse();

        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.error()).isFalse();
            assertThat(row.message()).startsWith("Segment 5, slide 2: 1 character is not in the font ")
                    .contains("may show as empty boxes: \uE000")
                    .endsWith("install fonts-noto-core (Debian/Ubuntu) or Noto Sans.");
            assertThat(row.target()).isEqualTo(Selection.slide(testimony, points));
        });
        model.open(model.rows().get(0));
        assertThat(session.selectionProperty().get()).isEqualTo(Selection.slide(testimony, points));
    }

    @Test
    void aPhotoTheFileDoesNotHoldIsAnErrorOnItsSlide() {
        EditorSession withoutMedia = new EditorSession(TestProgrammes.jianye());
        ProblemsViewModel problems = modelFor(withoutMedia);

        assertThat(problems.rows()).as("found without waiting for the layout").singleElement().satisfies(row -> {
            assertThat(row.error()).isTrue();
            assertThat(row.message()).isEqualTo("Segment 6, slide 1: the photo medal.jpg is missing from the file.");
            assertThat(row.target()).isEqualTo(Selection.slide(new SegmentId("s-montage"), new SlideId("t-medal")));
        });
        assertThat(problems.countProperty().get()).isEqualTo("1 error · no warnings");
    }

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
