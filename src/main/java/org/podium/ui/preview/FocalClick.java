package org.podium.ui.preview;

import java.util.Optional;
import javafx.geometry.Point2D;
import org.podium.layout.ImageBox;
import org.podium.layout.ImageCrop;
import org.podium.layout.Rect;
import org.podium.layout.SlideLayout;
import org.podium.model.FocalPoint;
import org.podium.model.MediaRef;

/**
 * Maps between points on a laid-out slide (in points) and focal points of a photo (fractions of the
 * displayed picture), through the {@link ImageBox}'s rect and {@link ImageCrop}: the box shows the
 * crop region scaled to fill the rect, so the mapping is linear on each axis.
 */
public final class FocalClick {

    private FocalClick() {
    }

    /** The focal point under a click at ({@code xPt}, {@code yPt}); empty when the click misses the photo. */
    public static Optional<FocalPoint> at(SlideLayout layout, MediaRef media, double xPt, double yPt) {
        for (ImageBox box : layout.imageBoxes()) {
            Rect rect = box.rect();
            if (!box.media().equals(media) || xPt < rect.xPt() || yPt < rect.yPt()
                    || xPt > rect.xPt() + rect.widthPt() || yPt > rect.yPt() + rect.heightPt()) {
                continue;
            }
            ImageCrop crop = box.crop();
            double fx = crop.x() + (xPt - rect.xPt()) / rect.widthPt() * crop.width();
            double fy = crop.y() + (yPt - rect.yPt()) / rect.heightPt() * crop.height();
            return Optional.of(new FocalPoint(clamp(fx), clamp(fy)));
        }
        return Optional.empty();
    }

    /**
     * Where the focal point shows on the slide, in points; empty when the photo is not on the slide
     * or the crop leaves the focal point out.
     */
    public static Optional<Point2D> marker(SlideLayout layout, MediaRef media, FocalPoint focal) {
        for (ImageBox box : layout.imageBoxes()) {
            ImageCrop crop = box.crop();
            if (!box.media().equals(media) || !crop.contains(focal.x(), focal.y())) {
                continue;
            }
            Rect rect = box.rect();
            return Optional.of(new Point2D(rect.xPt() + (focal.x() - crop.x()) / crop.width() * rect.widthPt(),
                    rect.yPt() + (focal.y() - crop.y()) / crop.height() * rect.heightPt()));
        }
        return Optional.empty();
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}
