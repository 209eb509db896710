package org.podium.media;

/**
 * A width and height in pixels, both at least 1.
 *
 * @param widthPx  width in pixels
 * @param heightPx height in pixels
 */
public record PixelSize(int widthPx, int heightPx) {

    public PixelSize {
        if (widthPx < 1 || heightPx < 1) {
            throw new IllegalArgumentException("a pixel size needs a width and height of at least 1, was "
                    + widthPx + " × " + heightPx);
        }
    }

    /** The larger of width and height. */
    public int longEdgePx() {
        return Math.max(widthPx, heightPx);
    }

    /** Width × height, as a long so 50000 × 50000 does not overflow. */
    public long pixels() {
        return (long) widthPx * heightPx;
    }

    /** The same size a quarter turn round: width and height exchanged. */
    public PixelSize swapped() {
        return new PixelSize(heightPx, widthPx);
    }

    /** For messages: {@code 6000 × 4000}. */
    @Override
    public String toString() {
        return widthPx + " × " + heightPx;
    }
}
