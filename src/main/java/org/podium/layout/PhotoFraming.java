package org.podium.layout;

import org.podium.model.Crop;
import org.podium.model.FocalPoint;
import org.podium.model.MediaRef;

/** Crop arithmetic for photos, in fractions of the picture as displayed (EXIF orientation applied). */
final class PhotoFraming {

    private PhotoFraming() {
    }

    /** What is left of the picture after the organiser's crop. */
    static ImageCrop afterCrop(Crop crop) {
        return new ImageCrop(crop.left(), crop.top(), 1 - crop.left() - crop.right(), 1 - crop.top() - crop.bottom());
    }

    /** Aspect ratio (width / height) of the cropped picture in displayed pixels. */
    static double aspect(MediaRef media, Crop crop) {
        ImageCrop region = afterCrop(crop);
        return region.width() * media.displayWidthPx() / (region.height() * media.displayHeightPx());
    }

    /**
     * The region of the cropped picture that fills a frame of {@code frameAspect} (width / height):
     * as large as possible, centred on the focal point, moved only as far as needed to stay
     * inside the organiser's crop.
     */
    static ImageCrop fill(MediaRef media, Crop crop, FocalPoint focal, double frameAspect) {
        ImageCrop region = afterCrop(crop);
        double pictureAspect = aspect(media, crop);
        double width = region.width();
        double height = region.height();
        if (pictureAspect > frameAspect) {
            width = region.width() * frameAspect / pictureAspect;
        } else {
            height = region.height() * pictureAspect / frameAspect;
        }
        double x = clamp(focal.x() - width / 2, region.x(), region.x() + region.width() - width);
        double y = clamp(focal.y() - height / 2, region.y(), region.y() + region.height() - height);
        return new ImageCrop(x, y, width, height);
    }

    /** The largest rectangle of {@code aspect} centred in {@code frame}. */
    static Rect fitInto(Rect frame, double aspect) {
        double width = frame.widthPt();
        double height = width / aspect;
        if (height > frame.heightPt()) {
            height = frame.heightPt();
            width = height * aspect;
        }
        return frame.centred(width, height);
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }
}
