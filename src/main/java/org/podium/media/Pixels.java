package org.podium.media;

/** Premultiplied ARGB pixels being worked on, row-major with stride {@code widthPx}. */
record Pixels(int widthPx, int heightPx, int[] argbPre) {

    Pixels {
        if ((long) widthPx * heightPx != argbPre.length) {
            throw new IllegalArgumentException(widthPx + " × " + heightPx + " does not match " + argbPre.length + " pixels");
        }
    }

    PixelSize size() {
        return new PixelSize(widthPx, heightPx);
    }
}
