package org.podium.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.model.HonourRoll;
import org.podium.model.Person;
import org.podium.model.PhotoFit;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.SlideId;
import org.podium.model.SpeakerCard;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

class InspectorViewModelTest {

    private static final SegmentId MONTAGE = new SegmentId("s-montage");
    private static final SlideId MEDAL = new SlideId("t-medal");
    private static final SegmentId ADDRESS = new SegmentId("s-address");

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    private final InspectorViewModel model = new InspectorViewModel(session, Messages.load(Locale.ENGLISH));

    private InspectorField field(String id) {
        return model.field(id).orElseThrow(() -> new AssertionError("no field " + id + " in " + model.fields()));
    }

    private SinglePhoto medal() {
        return (SinglePhoto) session.programme().segment(MONTAGE).orElseThrow().slide(MEDAL).orElseThrow().content();
    }

    @Test
    void nothingSelectedShowsNoFields() {
        assertThat(model.fields()).isEmpty();
        assertThat(model.headingProperty().get()).isEmpty();
    }

    @Test
    void photoSlideShowsCaptionCreditFitCropNotesAndAdvance() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        assertThat(model.fields()).extracting(InspectorField::id)
                .containsExactly("caption", "credit", "fit", "cropRatio", "cropLeft", "cropRight", "cropTop",
                        "cropBottom", "slideNotes", "advance");
        assertThat(field("credit").text().get()).isEqualTo(TestProgrammes.CREDIT);
        assertThat(model.headingProperty().get()).isEqualTo("Slide 1 of 1 · Photo");
        assertThat(model.titleProperty().get()).isEqualTo(TestProgrammes.MONTAGE);
    }

    @Test
    void typingACaptionKeyByKeyIsOneUndoStep() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        String before = medal().photo().caption();

        for (String text : List.of("A", "Aw", "Awa", "Award")) {
            field("caption").text().set(text);
        }

        assertThat(medal().photo().caption()).isEqualTo("Award");
        session.undo();
        assertThat(medal().photo().caption()).isEqualTo(before);
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(field("caption").text().get()).as("the field follows the undo").isEqualTo(before);
    }

    @Test
    void editsOfTwoFieldsAreTwoUndoSteps() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        field("caption").text().set("New caption");
        field("credit").text().set("New credit");

        session.undo();
        assertThat(medal().photo().caption()).isEqualTo("New caption");
        assertThat(medal().photo().credit()).isEqualTo(TestProgrammes.CREDIT);
        session.undo();
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void choosingAFitChangesThePhoto() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        field("fit").text().set(PhotoFit.FIT.id());
        assertThat(medal().photo().fit()).isEqualTo(PhotoFit.FIT);
    }

    @Test
    void nonNumericMinutesAreShownAsAnErrorAndNeverApplied() {
        session.select(Selection.segment(ADDRESS));
        assertThat(field("minutes").text().get()).isEqualTo("8");

        field("minutes").text().set("eight");

        assertThat(field("minutes").error().get()).contains("number");
        assertThat(session.programme().segment(ADDRESS).orElseThrow().plannedDuration()).isEqualTo(Duration.ofMinutes(8));
        assertThat(session.isDirty()).isFalse();

        field("minutes").text().set("2.5");
        assertThat(field("minutes").error().get()).isNull();
        assertThat(session.programme().segment(ADDRESS).orElseThrow().plannedDuration()).isEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void emptyMinutesClearThePlannedDuration() {
        session.select(Selection.segment(ADDRESS));
        field("minutes").text().set("");
        assertThat(session.programme().segment(ADDRESS).orElseThrow().plannedDuration()).isNull();
    }

    @Test
    void segmentKindTitleAndPeopleAreEditable() {
        session.select(Selection.segment(ADDRESS));
        field("kind").text().set(SegmentKind.TESTIMONY.id());
        field("title").text().set("Opening address");
        field("people").text().set("陳懷健 — 書記\n\n朱長祿");

        var segment = session.programme().segment(ADDRESS).orElseThrow();
        assertThat(segment.kind()).isEqualTo(SegmentKind.TESTIMONY);
        assertThat(segment.title()).isEqualTo("Opening address");
        assertThat(segment.people()).containsExactly(new Person("陳懷健", "書記"), Person.named("朱長祿"));
        assertThat(model.headingProperty().get()).isEqualTo("Segment · Testimony");
        assertThat(model.titleProperty().get()).isEqualTo("Opening address");
    }

    @Test
    void honourRollNamesAreOnePerLineWithTheirRole() {
        session.select(Selection.slide(new SegmentId("s-award"), new SlideId("t-roll")));
        assertThat(field("names").text().get()).startsWith("王建國 — 建鄴區區級機關\n");

        field("names").text().set("王建國 — 區委\n李曉明\t區府");

        HonourRoll roll = (HonourRoll) session.programme().segment(new SegmentId("s-award")).orElseThrow().slides()
                .get(0).content();
        assertThat(roll.names()).containsExactly(new Person("王建國", "區委"), new Person("李曉明", "區府"));
    }

    @Test
    void aSecondSpeakerAppearsWhenNamedAndGoesWhenEmptied() {
        session.select(Selection.slide(ADDRESS, new SlideId("t-chen")));
        field("speaker2Name").text().set("朱長祿");
        assertThat(speakers().speakers()).hasSize(2);
        field("speaker2Name").text().set("");
        assertThat(speakers().speakers()).hasSize(1);
    }

    private SpeakerCard speakers() {
        return (SpeakerCard) session.programme().segment(ADDRESS).orElseThrow().slides().get(0).content();
    }

    @Test
    void invalidAutoAdvanceIsNotAppliedAndSecondsAre() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        field("advance").text().set("0");
        assertThat(field("advance").error().get()).isNotNull();
        field("advance").text().set("8");
        assertThat(session.programme().segment(MONTAGE).orElseThrow().slides().get(0).autoAdvance())
                .isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void selectionSurvivesAnEditAndFieldsFollowAnotherSlide() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        InspectorField caption = field("caption");
        caption.text().set("x");
        assertThat(field("caption")).as("the same field keeps the focus while typing").isSameAs(caption);

        session.select(Selection.slide(ADDRESS, new SlideId("t-chen-quote")));
        assertThat(model.fields()).extracting(InspectorField::id).startsWith("quote", "attributionName");
    }
}
