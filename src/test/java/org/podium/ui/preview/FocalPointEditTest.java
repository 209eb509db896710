package org.podium.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.layout.ImageBox;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.podium.model.FocalPoint;
import org.podium.model.SegmentId;
import org.podium.model.SinglePhoto;
import org.podium.model.SlideId;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;
import org.podium.ui.session.Selection;

class FocalPointEditTest {

    private static final SegmentId MONTAGE = new SegmentId("s-montage");
    private static final SlideId MEDAL = new SlideId("t-medal");
    /** Every character half an em wide; every font installed. */
    private static final SlideLayoutEngine ENGINE = new SlideLayoutEngine(Themes.bundled(),
            (text, font) -> text.codePointCount(0, text.length()) * font.sizePt() * 0.5, family -> true);

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    private final PreviewViewModel preview = new PreviewViewModel(session, Messages.load(Locale.ENGLISH), ENGINE);

    private FocalPoint focal() {
        return ((SinglePhoto) session.programme().segment(MONTAGE).orElseThrow().slide(MEDAL).orElseThrow()
                .content()).photo().focal();
    }

    private ImageBox photoBox() {
        return preview.layoutProperty().get().imageBoxes().get(0);
    }

    @Test
    void clickingThePhotoMovesItsFocalPointThereAsOneUndoStep() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        FocalPoint before = focal();
        ImageBox box = photoBox();
        double xPt = box.rect().xPt() + box.rect().widthPt() * 0.25;
        double yPt = box.rect().yPt() + box.rect().heightPt() * 0.75;
        FocalPoint expected = FocalClick.at(preview.layoutProperty().get(), box.media(), xPt, yPt).orElseThrow();

        assertThat(preview.setFocalAt(xPt, yPt)).isTrue();

        assertThat(focal()).isEqualTo(expected);
        assertThat(focal()).isNotEqualTo(before);
        Point2D marker = preview.focalMarkerProperty().get();
        assertThat(marker).isNotNull();
        // Re-laid out with the new focal point, the marker still sits in the photo's box.
        assertThat(marker.getX()).isBetween(photoBox().rect().xPt(), photoBox().rect().xPt() + photoBox().rect().widthPt());

        session.undo();

        assertThat(focal()).isEqualTo(before);
    }

    @Test
    void aClickBesideThePhotoChangesNothing() {
        session.select(Selection.slide(MONTAGE, MEDAL));
        long revision = session.revisionProperty().get();

        ImageBox box = photoBox();

        assertThat(preview.setFocalAt(box.rect().xPt() + box.rect().widthPt() + 1,
                box.rect().yPt() + box.rect().heightPt() + 1)).isFalse();

        assertThat(session.revisionProperty().get()).isEqualTo(revision);
    }

    @Test
    void otherSlidesHaveNoFocalMarkerAndIgnoreClicks() {
        session.select(Selection.slide(new SegmentId("s-address"), new SlideId("t-chen-quote")));

        assertThat(preview.focalMarkerProperty().get()).isNull();
        assertThat(preview.setFocalAt(480, 270)).isFalse();
    }
}
