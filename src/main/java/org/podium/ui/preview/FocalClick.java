package org.podium.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import org.podium.layout.ImageBox;
import org.podium.layout.ImageCrop;
import org.podium.layout.Rect;
import org.podium.layout.SlideLayout;
import org.podium.model.FocalPoint;
import org.podium.model.MediaRef;
import org.podium.model.Photo;

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
        return hit(layout, List.of(Photo.of(media)), xPt, yPt).map(Hit::focal);
    }

    /**
     * Where the focal point shows on the slide, in points; empty when the photo is not on the slide
     * or the crop leaves the focal point out.
     */
    public static Optional<Point2D> marker(SlideLayout layout, MediaRef media, FocalPoint focal) {
        return markers(layout, List.of(Photo.of(media).withFocal(focal))).stream().findFirst();
    }

    /**
     * Which of {@code photos} (a photo grid's, in order) a click at ({@code xPt}, {@code yPt}) hits
     * and the focal point under it; empty when the click misses them all. The n-th picture box of a
     * photo is matched with the n-th photo of the same picture, so a grid may show one picture twice.
     */
    public static Optional<Hit> hit(SlideLayout layout, List<Photo> photos, double xPt, double yPt) {
        List<ImageBox> boxes = boxesOf(layout, photos);
        for (int i = 0; i < boxes.size(); i++) {
            ImageBox box = boxes.get(i);
            if (box == null || !inside(box.rect(), xPt, yPt)) {
                continue;
            }
            ImageCrop crop = box.crop();
            Rect rect = box.rect();
            double fx = crop.x() + (xPt - rect.xPt()) / rect.widthPt() * crop.width();
            double fy = crop.y() + (yPt - rect.yPt()) / rect.heightPt() * crop.height();
            return Optional.of(new Hit(i, new FocalPoint(clamp(fx), clamp(fy))));
        }
        return Optional.empty();
    }

    /** A click on photo {@code index} of a grid, and the focal point under it. */
    public record Hit(int index, FocalPoint focal) {
    }

    /** Where each photo's focal point shows on the slide, in points, for those whose crop keeps it in view. */
    public static List<Point2D> markers(SlideLayout layout, List<Photo> photos) {
        List<ImageBox> boxes = boxesOf(layout, photos);
        List<Point2D> markers = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            ImageBox box = boxes.get(i);
            FocalPoint focal = photos.get(i).focal();
            if (box == null || !box.crop().contains(focal.x(), focal.y())) {
                continue;
            }
            ImageCrop crop = box.crop();
            Rect rect = box.rect();
            markers.add(new Point2D(rect.xPt() + (focal.x() - crop.x()) / crop.width() * rect.widthPt(),
                    rect.yPt() + (focal.y() - crop.y()) / crop.height() * rect.heightPt()));
        }
        return markers;
    }

    /** The picture box of each photo, in the photos' order; {@code null} for a photo the layout does not show. */
    private static List<ImageBox> boxesOf(SlideLayout layout, List<Photo> photos) {
        List<ImageBox> remaining = new ArrayList<>(layout.imageBoxes());
        List<ImageBox> boxes = new ArrayList<>();
        for (Photo photo : photos) {
            ImageBox found = remaining.stream().filter(b -> b.media().equals(photo.media())).findFirst().orElse(null);
            remaining.remove(found);
            boxes.add(found);
        }
        return boxes;
    }

    private static boolean inside(Rect rect, double xPt, double yPt) {
        return xPt >= rect.xPt() && yPt >= rect.yPt() && xPt <= rect.xPt() + rect.widthPt()
                && yPt <= rect.yPt() + rect.heightPt();
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}
