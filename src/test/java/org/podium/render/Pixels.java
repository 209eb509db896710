package org.podium.render;

import java.awt.image.BufferedImage;

/** Pixel counting over rendered slides. */
final class Pixels {

    private Pixels() {
    }

    static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    /** Pixels in {@code [x0, x1) × [y0, y1)} that differ from {@code rgb} by more than {@code tolerance} in any channel. */
    static int countUnlike(BufferedImage image, int rgb, int tolerance, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                if (distance(rgb(image, x, y), rgb) > tolerance) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Largest difference of one channel between two RGB colours. */
    static int distance(int a, int b) {
        int dr = Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF));
        int dg = Math.abs((a >> 8 & 0xFF) - (b >> 8 & 0xFF));
        int db = Math.abs((a & 0xFF) - (b & 0xFF));
        return Math.max(dr, Math.max(dg, db));
    }

    static int[] all(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
