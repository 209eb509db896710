package org.podium.media;

/**
 * Turns and flips stored pixels the way an EXIF orientation tag asks, so the picture stands as
 * the photographer held the camera. The tag names where the stored first row and first column
 * belong on screen: 1 top/left (as stored), 2 top/right (mirrored), 3 bottom/right (half turn),
 * 4 bottom/left (upside down mirror), 5 left/top (transposed), 6 right/top (quarter turn
 * clockwise), 7 right/bottom (transverse), 8 left/bottom (quarter turn anticlockwise).
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** Width and height swap for 5–8. */
    static boolean quarterTurned(int orientation) {
        return orientation >= 5;
    }

    /** The stored pixels as displayed; {@code stored} itself when the orientation is 1. */
    static Pixels apply(Pixels stored, int orientation) {
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("EXIF orientation must be 1–8, was " + orientation);
        }
        if (orientation == 1) {
            return stored;
        }
        int sw = stored.widthPx();
        int sh = stored.heightPx();
        int last = (sh - 1) * sw;
        // The stored index of display pixel (x, y) is origin + x * stepX + y * stepY.
        int origin;
        int stepX;
        int stepY;
        switch (orientation) {
            case 2 -> { origin = sw - 1; stepX = -1; stepY = sw; }
            case 3 -> { origin = last + sw - 1; stepX = -1; stepY = -sw; }
            case 4 -> { origin = last; stepX = 1; stepY = -sw; }
            case 5 -> { origin = 0; stepX = sw; stepY = 1; }
            case 6 -> { origin = last; stepX = -sw; stepY = 1; }
            case 7 -> { origin = last + sw - 1; stepX = -sw; stepY = -1; }
            default -> { origin = sw - 1; stepX = sw; stepY = -1; }
        }
        int dw = quarterTurned(orientation) ? sh : sw;
        int dh = quarterTurned(orientation) ? sw : sh;
        int[] src = stored.argbPre();
        int[] out = new int[src.length];
        int o = 0;
        for (int y = 0; y < dh; y++) {
            int s = origin + y * stepY;
            for (int x = 0; x < dw; x++) {
                out[o++] = src[s];
                s += stepX;
            }
        }
        return new Pixels(dw, dh, out);
    }
}
