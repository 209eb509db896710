package org.podium.ui.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.media.DecodedPhoto;
import org.podium.media.PhotoDecodeException;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.PhotoGrid;
import org.podium.model.Programme;
import org.podium.model.SegmentId;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.photos.PhotosViewModel.PhotoItem;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

class PhotosViewModelTest {

    private static final SegmentId MONTAGE = new SegmentId("s-montage");
    private static final SlideId MEDAL = new SlideId("t-medal");
    private static final SlideId GRID = new SlideId("t-grid");
    private static final MediaRef MEDAL_PHOTO = TestProgrammes.MEDAL_PHOTO;
    private static final MediaRef CHORUS = new MediaRef("cd".repeat(32), "合唱.jpg", "image/jpeg", 3000, 2000, 1);

    private final AtomicInteger decodes = new AtomicInteger();
    private final EditorSession session = new EditorSession(withGrid());
    private final PhotosViewModel model;

    PhotosViewModelTest() {
        // The store is only asked whether it has the photos; the fake decoder never reads them.
        session.importedMedia().put(MEDAL_PHOTO, java.nio.file.Path.of("medal.jpg"));
        session.importedMedia().put(CHORUS, java.nio.file.Path.of("chorus.jpg"));
        PhotoPreviews previews = new PhotoPreviews(session, new SameThreadRunner(), ref -> {
            decodes.incrementAndGet();
            if (ref.equals(CHORUS)) {
                throw new PhotoDecodeException(ref.originalName(), PhotoDecodeException.Reason.DAMAGED, "cut short");
            }
            return DecodedPhoto.of(2, 1, new int[] {0xFF102030, 0xFF405060});
        });
        model = new PhotosViewModel(session, previews, Messages.load(Locale.ENGLISH));
    }

    /** The montage: the medal photo alone, then a grid of the medal photo and the chorus. */
    private static Programme withGrid() {
        Programme programme = TestProgrammes.jianye();
        Slide medal = programme.segment(MONTAGE).orElseThrow().slide(MEDAL).orElseThrow();
        Slide grid = new Slide(GRID, new PhotoGrid(List.of(Photo.of(MEDAL_PHOTO), Photo.of(CHORUS)), "剪影", ""),
                "", null);
        return programme.withSegment(MONTAGE, s -> s.withSlides(List.of(medal, grid)));
    }

    private PhotoItem item(MediaRef ref) {
        return model.items().stream().filter(i -> i.media().equals(ref)).findFirst().orElseThrow();
    }

    private Photo gridPhoto(int index) {
        return ((PhotoGrid) session.programme().segment(MONTAGE).orElseThrow().slide(GRID).orElseThrow().content())
                .photos().get(index);
    }

    @Test
    void everyPhotoShowsOnceWithItsCaptionItsPreviewAndHowOftenItIsUsed() {
        assertThat(model.items()).extracting(PhotoItem::media).containsExactly(MEDAL_PHOTO, CHORUS);
        PhotoItem medal = item(MEDAL_PHOTO);
        assertThat(medal.caption()).isEqualTo("「光榮在黨50年」老黨員代表獲頒紀念章");
        assertThat(medal.uses()).isEqualTo(2);
        assertThat(medal.preview()).isNotNull();
        assertThat(medal.problem()).isNull();
        PhotoItem chorus = item(CHORUS);
        assertThat(chorus.caption()).as("no caption: its file name").isEqualTo("合唱.jpg");
        assertThat(chorus.preview()).isNull();
        assertThat(chorus.problem()).contains("cut short");
    }

    @Test
    void openingAPhotoSelectsTheFirstSlideThatShowsIt() {
        model.open(item(CHORUS));

        assertThat(session.selectionProperty().get()).isEqualTo(Selection.slide(MONTAGE, GRID));
    }

    @Test
    void aPhotoOfTheSelectedGridHasItsCaptionAndCreditEditedEachAsOneUndoStep() {
        session.select(Selection.slide(MONTAGE, GRID));
        model.chosenProperty().set(item(CHORUS));
        assertThat(model.editableProperty().get()).isTrue();
        assertThat(model.hintProperty().get()).isEqualTo("Photo 2 of 2 in the selected grid");

        for (String text : List.of("合", "合唱", "合唱團")) {
            model.captionProperty().set(text);
        }
        model.creditProperty().set("區委供圖");

        assertThat(gridPhoto(1).caption()).isEqualTo("合唱團");
        assertThat(gridPhoto(1).credit()).isEqualTo("區委供圖");
        assertThat(gridPhoto(0).caption()).as("the other photo of the grid is untouched").isEmpty();
        assertThat(item(CHORUS).caption()).as("the thumbnail's caption follows").isEqualTo("合唱團");
        session.undo();
        assertThat(gridPhoto(1).credit()).isEmpty();
        assertThat(gridPhoto(1).caption()).isEqualTo("合唱團");
        session.undo();
        assertThat(gridPhoto(1).caption()).isEmpty();
        assertThat(model.captionProperty().get()).as("the field follows the undo").isEmpty();
    }

    @Test
    void aPhotoOutsideTheSelectedSlideIsNotEditableHere() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        model.chosenProperty().set(item(CHORUS));
        long revision = session.revisionProperty().get();

        model.captionProperty().set("typed");

        assertThat(model.editableProperty().get()).isFalse();
        assertThat(model.hintProperty().get()).contains("select a photo-grid slide");
        assertThat(session.revisionProperty().get()).isEqualTo(revision);
    }

    @Test
    void editsDoNotDecodeThePhotosAgain() {
        session.select(Selection.slide(MONTAGE, GRID));
        model.chosenProperty().set(item(MEDAL_PHOTO));
        model.captionProperty().set("獎章");
        model.captionProperty().set("獎章特寫");

        assertThat(decodes).as("one decode per photo").hasValue(2);
    }

    @Test
    void aGridPhotoIsCutToAShapeAsOneUndoStepAndNoCropResetsIt() {
        session.select(Selection.slide(MONTAGE, GRID));
        model.chosenProperty().set(item(CHORUS));
        assertThat(model.cropPresetProperty().get()).isEqualTo("none");

        // The chorus is 3000 × 2000: a square keeps the middle two thirds of its width.
        model.cropPresetProperty().set("1:1");

        assertThat(gridPhoto(1).crop().left()).isCloseTo(1.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(gridPhoto(1).crop().right()).isCloseTo(1.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(gridPhoto(0).crop().isNone()).isTrue();

        model.cropPresetProperty().set("none");
        assertThat(gridPhoto(1).crop().isNone()).isTrue();
        session.undo();
        assertThat(model.cropPresetProperty().get()).isEqualTo("1:1");
        session.undo();
        assertThat(gridPhoto(1).crop().isNone()).isTrue();
        assertThat(model.cropPresetProperty().get()).isEqualTo("none");
    }
}
