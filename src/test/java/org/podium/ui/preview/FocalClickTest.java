package org.podium.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.layout.Fill;
import org.podium.layout.ImageBox;
import org.podium.layout.ImageCrop;
import org.podium.layout.Rect;
import org.podium.layout.Rgba;
import org.podium.layout.SlideLayout;
import org.podium.layout.Stroke;
import org.podium.model.FocalPoint;
import org.podium.model.MediaRef;

class FocalClickTest {

    private static final MediaRef MEDAL = TestProgrammes.MEDAL_PHOTO;

    /** A 400 × 200 pt box at (100, 50) showing that region of the picture. */
    private static SlideLayout slide(ImageCrop crop) {
        ImageBox box = new ImageBox(new Rect(100, 50, 400, 200), MEDAL, crop, 0, Stroke.NONE, "");
        return new SlideLayout(960, 540, Fill.solid(Rgba.BLACK), List.of(box));
    }

    /** The middle half across and the lower half down. */
    private static final SlideLayout CROPPED = slide(new ImageCrop(0.25, 0.5, 0.5, 0.5));

    @Test
    void aClickMapsThroughTheBoxAndTheCropToPictureFractions() {
        FocalPoint topLeft = FocalClick.at(CROPPED, MEDAL, 100, 50).orElseThrow();
        assertThat(topLeft.x()).isCloseTo(0.25, within(1e-9));
        assertThat(topLeft.y()).isCloseTo(0.5, within(1e-9));

        FocalPoint inside = FocalClick.at(CROPPED, MEDAL, 400, 100).orElseThrow();
        // 300 of 400 pt across the box is 3/4 of the crop's width: 0.25 + 0.75 × 0.5.
        assertThat(inside.x()).isCloseTo(0.625, within(1e-9));
        // 50 of 200 pt down is 1/4 of the crop's height: 0.5 + 0.25 × 0.5.
        assertThat(inside.y()).isCloseTo(0.625, within(1e-9));
    }

    @Test
    void aClickBesideThePhotoOrOnAnotherPictureIsNotAFocalPoint() {
        assertThat(FocalClick.at(CROPPED, MEDAL, 99, 100)).isEmpty();
        assertThat(FocalClick.at(CROPPED, MEDAL, 300, 251)).isEmpty();
        MediaRef other = new MediaRef("cd".repeat(32), "other.jpg", "image/jpeg", 400, 300, 1);
        assertThat(FocalClick.at(CROPPED, other, 300, 100)).isEmpty();
    }

    @Test
    void theMarkerGoesBackWhereTheClickWas() {
        FocalPoint focal = FocalClick.at(CROPPED, MEDAL, 321, 123).orElseThrow();
        Point2D marker = FocalClick.marker(CROPPED, MEDAL, focal).orElseThrow();
        assertThat(marker.getX()).isCloseTo(321, within(1e-6));
        assertThat(marker.getY()).isCloseTo(123, within(1e-6));
    }

    @Test
    void aFocalPointCroppedAwayHasNoMarker() {
        assertThat(FocalClick.marker(CROPPED, MEDAL, new FocalPoint(0.1, 0.1))).isEmpty();
        assertThat(FocalClick.marker(slide(ImageCrop.WHOLE), MEDAL, new FocalPoint(0.1, 0.1))).isPresent();
    }
}
