package org.podium.layout;

/**
 * The part of a picture to show, as fractions of the picture as displayed (EXIF orientation
 * applied): the renderer scales exactly this region into the box, nothing more.
 *
 * @param x      left edge, 0–1
 * @param y      top edge, 0–1
 * @param width  0–1, with {@code x + width ≤ 1}
 * @param height 0–1, with {@code y + height ≤ 1}
 */
public record ImageCrop(double x, double y, double width, double height) {

    public static final ImageCrop WHOLE = new ImageCrop(0, 0, 1, 1);

    private static final double TOLERANCE = 1e-9;

    public ImageCrop {
        if (!(x >= -TOLERANCE && y >= -TOLERANCE && width > 0 && height > 0
                && x + width <= 1 + TOLERANCE && y + height <= 1 + TOLERANCE)) {
            throw new IllegalArgumentException(
                    "image crop (" + x + ", " + y + ", " + width + " × " + height + ") is not inside the picture");
        }
        x = Math.max(0, x);
        y = Math.max(0, y);
        width = Math.min(width, 1 - x);
        height = Math.min(height, 1 - y);
    }

    /** Fraction cut off the right edge, as PowerPoint's {@code srcRect r} (÷ 100000). */
    public double right() {
        return Math.max(0, 1 - x - width);
    }

    /** Fraction cut off the bottom edge, as PowerPoint's {@code srcRect b} (÷ 100000). */
    public double bottom() {
        return Math.max(0, 1 - y - height);
    }

    /** True when the point (fractions of the displayed picture) lies inside the region. */
    public boolean contains(double fx, double fy) {
        return fx >= x - TOLERANCE && fx <= x + width + TOLERANCE && fy >= y - TOLERANCE && fy <= y + height + TOLERANCE;
    }
}
