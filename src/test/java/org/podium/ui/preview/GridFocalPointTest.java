package org.podium.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.layout.ImageBox;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.podium.model.FocalPoint;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.PhotoGrid;
import org.podium.model.Programme;
import org.podium.model.SegmentId;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

class GridFocalPointTest {

    private static final SegmentId MONTAGE = new SegmentId("s-montage");
    private static final SlideId GRID = new SlideId("t-grid");
    private static final MediaRef CHORUS = new MediaRef("cd".repeat(32), "合唱.jpg", "image/jpeg", 3000, 2000, 1);
    /** Every character half an em wide; every font installed. */
    private static final SlideLayoutEngine ENGINE = new SlideLayoutEngine(Themes.bundled(),
            (text, font) -> text.codePointCount(0, text.length()) * font.sizePt() * 0.5, family -> true);

    private final EditorSession session = new EditorSession(withGrid());
    private final PreviewViewModel preview = new PreviewViewModel(session, Messages.load(Locale.ENGLISH), ENGINE);

    /** The montage holds a grid of the medal photo, the chorus and the medal photo again. */
    private static Programme withGrid() {
        Photo medal = Photo.of(TestProgrammes.MEDAL_PHOTO);
        Slide grid = new Slide(GRID, new PhotoGrid(List.of(medal, Photo.of(CHORUS), medal), "剪影", ""), "", null);
        return TestProgrammes.jianye().withSegment(MONTAGE, s -> s.withSlides(List.of(grid)));
    }

    private List<Photo> photos() {
        return ((PhotoGrid) session.programme().segment(MONTAGE).orElseThrow().slide(GRID).orElseThrow().content())
                .photos();
    }

    private ImageBox box(int index) {
        return preview.layoutProperty().get().imageBoxes().get(index);
    }

    @Test
    void clickingOneCellMovesThatPhotosFocalPointOnlyAsOneUndoStep() {
        session.select(Selection.slide(MONTAGE, GRID));
        assertThat(preview.focalMarkersProperty().get()).as("a crosshair per photo").hasSize(3);
        ImageBox third = box(2);
        double xPt = third.rect().xPt() + third.rect().widthPt() * 0.2;
        double yPt = third.rect().yPt() + third.rect().heightPt() * 0.8;

        assertThat(preview.setFocalAt(xPt, yPt)).isTrue();

        assertThat(photos().get(0).focal()).as("the same picture in another cell keeps its point")
                .isEqualTo(FocalPoint.CENTRE);
        assertThat(photos().get(1).focal()).isEqualTo(FocalPoint.CENTRE);
        assertThat(photos().get(2).focal()).isNotEqualTo(FocalPoint.CENTRE);
        assertThat(photos().get(2).focal().x()).isLessThan(0.5);
        assertThat(photos().get(2).focal().y()).isGreaterThan(0.5);
        assertThat(preview.focalMarkersProperty().get().get(2).getX())
                .isBetween(box(2).rect().xPt(), box(2).rect().xPt() + box(2).rect().widthPt());

        session.undo();

        assertThat(photos()).extracting(Photo::focal).containsOnly(FocalPoint.CENTRE);
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void aClickInTheGutterBetweenCellsChangesNothing() {
        session.select(Selection.slide(MONTAGE, GRID));
        long revision = session.revisionProperty().get();

        assertThat(preview.setFocalAt(1, 1)).isFalse();

        assertThat(session.revisionProperty().get()).isEqualTo(revision);
    }
}
