package org.podium.media;

import java.awt.image.BufferedImage;

/** The two ways of downscaling a decoded picture, for the scaling benchmark outside this package. */
public final class ScalerPaths {

    private ScalerPaths() {
    }

    /** True when {@link #opaqueBytes} can scale {@code image}. */
    public static boolean opaqueBytesHandles(BufferedImage image) {
        return OpaqueByteScaler.handles(image);
    }

    /** Premultiplied ARGB pixels of {@code image} scaled through premultiplied ARGB rows. */
    public static int[] argbRows(BufferedImage image, int widthPx, int heightPx) {
        return AreaScaler.scale(ArgbConversion.rows(image), new PixelSize(widthPx, heightPx)).argbPre();
    }

    /** The same scaled straight from the bytes of an opaque 8-bit picture. */
    public static int[] opaqueBytes(BufferedImage image, int widthPx, int heightPx) {
        return OpaqueByteScaler.scale(image, new PixelSize(widthPx, heightPx)).argbPre();
    }
}
