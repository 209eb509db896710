package org.podium.media;

/**
 * The size a photo is shown at, in device pixels, and how it fills that box. A decoded photo is
 * never larger than the request needs and never larger than the photo itself (no upscaling).
 *
 * @param maxWidthPx  width of the box the photo is shown in, in pixels
 * @param maxHeightPx height of that box, in pixels
 * @param fit         {@link Fit#CONTAIN}: the whole photo inside the box; {@link Fit#COVER}: the
 *                    photo covers the box and the renderer crops what overhangs
 */
public record PhotoRequest(int maxWidthPx, int maxHeightPx, Fit fit) {

    /** How the photo fills the requested box. */
    public enum Fit {
        /** Scaled so both edges fit inside the box (letterboxed). */
        CONTAIN,
        /** Scaled so both edges reach the box; one overhangs and is cropped when drawn. */
        COVER
    }

    public PhotoRequest {
        if (maxWidthPx < 1 || maxHeightPx < 1) {
            throw new IllegalArgumentException("a photo request needs a box of at least 1 × 1 pixels, was "
                    + maxWidthPx + " × " + maxHeightPx);
        }
        if (fit == null) {
            throw new IllegalArgumentException("a photo request needs a fit");
        }
    }

    public static PhotoRequest contain(int maxWidthPx, int maxHeightPx) {
        return new PhotoRequest(maxWidthPx, maxHeightPx, Fit.CONTAIN);
    }

    public static PhotoRequest cover(int maxWidthPx, int maxHeightPx) {
        return new PhotoRequest(maxWidthPx, maxHeightPx, Fit.COVER);
    }

    /** The photo with its long edge at most {@code longEdgePx}, e.g. 2560 for export. */
    public static PhotoRequest longEdge(int longEdgePx) {
        return contain(longEdgePx, longEdgePx);
    }

    /**
     * The size a photo of {@code photoSize} (as displayed, after EXIF orientation) is decoded to:
     * its aspect kept, scaled down to what the box needs, never scaled up.
     */
    public PixelSize targetFor(PixelSize photoSize) {
        double scaleX = (double) maxWidthPx / photoSize.widthPx();
        double scaleY = (double) maxHeightPx / photoSize.heightPx();
        double scale = fit == Fit.CONTAIN ? Math.min(scaleX, scaleY) : Math.max(scaleX, scaleY);
        if (scale >= 1) {
            return photoSize;
        }
        int widthPx = (int) Math.round(photoSize.widthPx() * scale);
        int heightPx = (int) Math.round(photoSize.heightPx() * scale);
        return new PixelSize(Math.max(1, widthPx), Math.max(1, heightPx));
    }
}
