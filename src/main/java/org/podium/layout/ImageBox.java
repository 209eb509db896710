package org.podium.layout;

import java.util.Objects;
import org.podium.model.MediaRef;

/**
 * A picture scaled into a box. The crop already accounts for fit or fill, the focal point and the
 * organiser's crop, so {@code crop}'s aspect ratio (in displayed pixels) equals the box's: the
 * renderer scales that region of the EXIF-oriented picture into {@code rect} and draws nothing else.
 *
 * @param rect           where the picture goes
 * @param media          which picture
 * @param crop           region of the displayed picture to show
 * @param cornerRadiusPt rounding of the corners; 0 for square
 * @param frame          outline drawn inside the box's edge, {@link Stroke#NONE} when none
 * @param altText        what the picture shows (caption or person's name), for accessibility; may be empty
 */
public record ImageBox(Rect rect, MediaRef media, ImageCrop crop, double cornerRadiusPt, Stroke frame, String altText)
        implements Box {

    public ImageBox {
        Objects.requireNonNull(rect, "rect");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(crop, "crop");
        Objects.requireNonNull(frame, "frame");
        altText = altText == null ? "" : altText;
        if (!(cornerRadiusPt >= 0)) {
            throw new IllegalArgumentException("corner radius must be ≥ 0, was " + cornerRadiusPt);
        }
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.image(this);
    }
}
