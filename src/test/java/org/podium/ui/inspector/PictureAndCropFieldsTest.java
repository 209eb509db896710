package org.podium.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.model.BlankCard;
import org.podium.model.Crop;
import org.podium.model.MediaRef;
import org.podium.model.SegmentId;
import org.podium.model.SinglePhoto;
import org.podium.model.SlideContent;
import org.podium.model.SlideId;
import org.podium.model.SpeakerCard;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

class PictureAndCropFieldsTest {

    private static final SegmentId ADDRESS = new SegmentId("s-address");
    private static final SlideId CHEN = new SlideId("t-chen");
    private static final SegmentId MONTAGE = new SegmentId("s-montage");
    private static final SlideId MEDAL = new SlideId("t-medal");
    private static final SegmentId CLOSING = new SegmentId("s-closing");
    private static final SlideId END = new SlideId("t-end");
    private static final MediaRef BADGE = new MediaRef("cd".repeat(32), "黨徽.png", "image/png", 800, 800, 1);

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    private final List<Consumer<MediaRef>> pending = new ArrayList<>();
    private final InspectorViewModel model = new InspectorViewModel(session, Messages.load(Locale.ENGLISH),
            imported -> pending.add(imported));

    private InspectorField field(String id) {
        return model.field(id).orElseThrow(() -> new AssertionError("no field " + id + " in " + model.fields()));
    }

    private SlideContent content(SegmentId segment, SlideId slide) {
        return session.programme().segment(segment).orElseThrow().slide(slide).orElseThrow().content();
    }

    private MediaRef chenPortrait() {
        return ((SpeakerCard) content(ADDRESS, CHEN)).speakers().get(0).portrait();
    }

    private Crop medalCrop() {
        return ((SinglePhoto) content(MONTAGE, MEDAL)).photo().crop();
    }

    /** Finishes the background import that is waiting, with the file the person chose. */
    private void finishImport(MediaRef ref) {
        assertThat(pending).as("an import is waiting").hasSize(1);
        pending.remove(0).accept(ref);
    }

    @Test
    void aSpeakerCardOffersThePortraitAmongTheProgrammesPhotosAsOneUndoStep() {
        session.select(Selection.slide(ADDRESS, CHEN));
        InspectorField portrait = field("portrait1");
        assertThat(portrait.kind()).isEqualTo(InspectorField.Kind.PICTURE);
        assertThat(portrait.text().get()).isEmpty();
        assertThat(portrait.choices()).extracting(InspectorField.Choice::label).containsExactly("medal.jpg");

        portrait.text().set(TestProgrammes.MEDAL_PHOTO.sha256());

        assertThat(chenPortrait()).isEqualTo(TestProgrammes.MEDAL_PHOTO);
        session.undo();
        assertThat(chenPortrait()).isNull();
        assertThat(session.canUndoProperty().get()).isFalse();
        assertThat(field("portrait1").text().get()).as("the field follows the undo").isEmpty();
    }

    @Test
    void choosingAnotherPortraitAndRemovingItAreStepsOfTheirOwn() {
        session.select(Selection.slide(ADDRESS, CHEN));
        model.importPicture("portrait1");
        finishImport(BADGE);
        field("portrait1").text().set(TestProgrammes.MEDAL_PHOTO.sha256());
        field("portrait1").text().set("");

        assertThat(chenPortrait()).isNull();
        session.undo();
        assertThat(chenPortrait()).isEqualTo(TestProgrammes.MEDAL_PHOTO);
        session.undo();
        assertThat(chenPortrait()).isEqualTo(BADGE);
        session.undo();
        assertThat(chenPortrait()).isNull();
    }

    @Test
    void anImportedFileBecomesThePortraitAndAChoiceForOtherSlides() {
        session.select(Selection.slide(ADDRESS, CHEN));

        model.importPicture("portrait1");
        finishImport(BADGE);

        assertThat(chenPortrait()).isEqualTo(BADGE);
        assertThat(field("portrait1").text().get()).isEqualTo(BADGE.sha256());
        assertThat(field("portrait1").choices()).extracting(InspectorField.Choice::id).contains(BADGE.sha256());

        session.select(Selection.slide(CLOSING, END));
        assertThat(field("logo").choices()).extracting(InspectorField.Choice::label).contains("黨徽.png", "medal.jpg");
    }

    @Test
    void anImportThatFinishesAfterTheSelectionMovedOnChangesNoSlide() {
        session.select(Selection.slide(ADDRESS, CHEN));
        model.importPicture("portrait1");
        session.select(Selection.slide(CLOSING, END));
        long revision = session.revisionProperty().get();

        finishImport(BADGE);

        assertThat(session.revisionProperty().get()).isEqualTo(revision);
        assertThat(chenPortrait()).isNull();
    }

    @Test
    void aHoldingSlideGetsALogoAndLosesItAgain() {
        session.select(Selection.slide(CLOSING, END));
        field("logo").text().set(TestProgrammes.MEDAL_PHOTO.sha256());
        assertThat(((BlankCard) content(CLOSING, END)).logo()).isEqualTo(TestProgrammes.MEDAL_PHOTO);

        field("logo").text().set("");

        assertThat(((BlankCard) content(CLOSING, END)).logo()).isNull();
        session.undo();
        assertThat(((BlankCard) content(CLOSING, END)).logo()).isEqualTo(TestProgrammes.MEDAL_PHOTO);
    }

    @Test
    void typingACropEdgeKeyByKeyIsOneUndoStepAndMarksTheCropCustom() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        assertThat(field("cropRatio").text().get()).isEqualTo("none");

        for (String text : List.of("1", "12", "12.", "12.5")) {
            field("cropLeft").text().set(text);
        }

        assertThat(medalCrop()).isEqualTo(new Crop(0.125, 0, 0, 0));
        assertThat(field("cropRatio").text().get()).isEqualTo("custom");
        session.undo();
        assertThat(medalCrop()).isEqualTo(Crop.NONE);
        assertThat(field("cropLeft").text().get()).isEqualTo("0");
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void aCropThatWouldLeaveTooLittleIsRefusedWithTheLargestAllowedValue() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        field("cropLeft").text().set("30");
        long revision = session.revisionProperty().get();

        field("cropRight").text().set("70");

        assertThat(field("cropRight").error().get()).contains("65");
        assertThat(medalCrop()).isEqualTo(new Crop(0.3, 0, 0, 0));
        assertThat(session.revisionProperty().get()).isEqualTo(revision);

        field("cropRight").text().set("abc");
        assertThat(field("cropRight").error().get()).isNotNull();
        field("cropRight").text().set("20");
        assertThat(field("cropRight").error().get()).isNull();
        assertThat(medalCrop()).isEqualTo(new Crop(0.3, 0, 0.2, 0));
    }

    @Test
    void aRatioPresetCutsThePhotoToThatShapeAndNoCropResetsIt() {
        session.select(Selection.slide(MONTAGE, MEDAL));

        // The medal photo is 4000 × 3000: a square keeps the middle three quarters of its width.
        field("cropRatio").text().set("1:1");

        assertThat(medalCrop().left()).isCloseTo(0.125, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(medalCrop().right()).isCloseTo(0.125, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(field("cropLeft").text().get()).as("the edges follow the preset").isEqualTo("12.5");
        assertThat(field("cropTop").text().get()).isEqualTo("0");

        field("cropRatio").text().set("none");

        assertThat(medalCrop()).isEqualTo(Crop.NONE);
        assertThat(field("cropLeft").text().get()).isEqualTo("0");
        session.undo();
        assertThat(field("cropRatio").text().get()).isEqualTo("1:1");
        session.undo();
        assertThat(medalCrop()).isEqualTo(Crop.NONE);
    }

    @Test
    void aPresetThePhotoAlreadyHasChangesNothingAndTheChoiceShowsWhatItIs() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        long revision = session.revisionProperty().get();

        // The medal photo is 4:3 already: there is nothing to cut.
        field("cropRatio").text().set("4:3");

        assertThat(session.revisionProperty().get()).isEqualTo(revision);
        assertThat(field("cropRatio").text().get()).isEqualTo("none");
    }

    @Test
    void typingASecondPersonsNameKeepsTheFieldsSoTheCursorStays() {
        session.select(Selection.slide(ADDRESS, CHEN));
        java.util.List<InspectorField> before = java.util.List.copyOf(model.fields());

        field("speaker2Name").text().set("朱");
        field("speaker2Name").text().set("朱長祿");

        assertThat(model.fields()).containsExactlyElementsOf(before);
        assertThat(((SpeakerCard) content(ADDRESS, CHEN)).speakers()).hasSize(2);
    }

    @Test
    void aPortraitForTheSecondPersonAddsThemAndRemovingItDropsThemAgain() {
        session.select(Selection.slide(ADDRESS, CHEN));

        field("portrait2").text().set(TestProgrammes.MEDAL_PHOTO.sha256());

        SpeakerCard card = (SpeakerCard) content(ADDRESS, CHEN);
        assertThat(card.speakers()).hasSize(2);
        assertThat(card.speakers().get(1).portrait()).isEqualTo(TestProgrammes.MEDAL_PHOTO);

        field("portrait2").text().set("");

        assertThat(((SpeakerCard) content(ADDRESS, CHEN)).speakers()).hasSize(1);
    }
}
