package org.podium.model;

/**
 * What to cut off each edge of a photo, as fractions of the displayed (orientation-applied)
 * picture. Left + right and top + bottom each stay below 1 so something is always left.
 */
public record Crop(double left, double top, double right, double bottom) {

    public static final Crop NONE = new Crop(0, 0, 0, 0);

    public Crop {
        // -0.0 (a drag that ends on an edge) becomes 0.0: records compare doubles bit by bit, and
        // the file writes both as 0, so a crop must not depend on the sign of a zero
        left += 0.0;
        top += 0.0;
        right += 0.0;
        bottom += 0.0;
        if (!(left >= 0 && top >= 0 && right >= 0 && bottom >= 0 && left + right < 0.99 && top + bottom < 0.99)) {
            throw new IllegalArgumentException(
                    "crop (" + left + ", " + top + ", " + right + ", " + bottom + ") leaves nothing of the photo");
        }
    }

    public boolean isNone() {
        return left == 0 && top == 0 && right == 0 && bottom == 0;
    }
}
