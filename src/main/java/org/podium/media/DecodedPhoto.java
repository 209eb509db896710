package org.podium.media;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * A photo decoded for display: EXIF orientation applied, scaled to the size it is shown at.
 *
 * <p>Pixels are one {@code int} each, row-major, {@code widthPx} per row with no padding, as
 * premultiplied ARGB ({@code 0xAARRGGBB} with red, green and blue already multiplied by alpha; for
 * an opaque pixel that is plain RGB). That is JavaFX's own image format, so the renderer builds an
 * image without conversion:
 * <pre>{@code
 * WritableImage image = new WritableImage(photo.widthPx(), photo.heightPx());
 * image.getPixelWriter().setPixels(0, 0, photo.widthPx(), photo.heightPx(),
 *         PixelFormat.getIntArgbPreInstance(), photo.argbPre(), 0, photo.widthPx());
 * }</pre>
 * and Java2D wraps the same array as a {@code TYPE_INT_ARGB_PRE} image ({@link #toBufferedImage()}).
 *
 * <p>The pixel array is shared, not copied (a full-screen photo is 8 MB): nobody may write to it
 * once it is in a {@code DecodedPhoto}. Instances are then immutable and safe to share between
 * threads.
 */
public final class DecodedPhoto {

    private final int widthPx;
    private final int heightPx;
    private final int[] argbPre;
    private final boolean opaque;
    private final int sourceSubsampling;

    DecodedPhoto(int widthPx, int heightPx, int[] argbPre, boolean opaque, int sourceSubsampling) {
        if (widthPx < 1 || heightPx < 1) {
            throw new IllegalArgumentException("a decoded photo needs at least 1 × 1 pixels, was "
                    + widthPx + " × " + heightPx);
        }
        if (argbPre.length != widthPx * heightPx) {
            throw new IllegalArgumentException("a " + widthPx + " × " + heightPx + " photo needs "
                    + widthPx * heightPx + " pixels, got " + argbPre.length);
        }
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.argbPre = argbPre;
        this.opaque = opaque;
        this.sourceSubsampling = sourceSubsampling;
    }

    /**
     * A photo over {@code argbPre} (premultiplied ARGB, row-major, taken over without copying: do
     * not write to it afterwards).
     */
    public static DecodedPhoto of(int widthPx, int heightPx, int[] argbPre) {
        return new DecodedPhoto(widthPx, heightPx, argbPre, allOpaque(argbPre), 1);
    }

    public int widthPx() {
        return widthPx;
    }

    public int heightPx() {
        return heightPx;
    }

    public PixelSize size() {
        return new PixelSize(widthPx, heightPx);
    }

    /** The pixels: premultiplied ARGB, row-major, stride {@code widthPx}. Shared: read only. */
    public int[] argbPre() {
        return argbPre;
    }

    /** True when every pixel has alpha 255; a photo with any transparency exports as PNG. */
    public boolean opaque() {
        return opaque;
    }

    /**
     * The source subsampling the decoder used: 1 when every stored pixel was decoded, n when only
     * every n-th pixel of every n-th row was (a 6000-pixel-wide photo for a 320-pixel thumbnail
     * decodes about 1/81 of its pixels).
     */
    public int sourceSubsampling() {
        return sourceSubsampling;
    }

    /** Bytes held by the pixels (4 per pixel); what a cache budget counts. */
    public long sizeBytes() {
        return 4L * argbPre.length;
    }

    /** The pixel at ({@code x}, {@code y}) as straight (not premultiplied) ARGB, {@code 0xAARRGGBB}. */
    public int argbAt(int x, int y) {
        if (x < 0 || y < 0 || x >= widthPx || y >= heightPx) {
            throw new IndexOutOfBoundsException("(" + x + ", " + y + ") is outside " + widthPx + " × " + heightPx);
        }
        return Argb.unpremultiply(argbPre[y * widthPx + x]);
    }

    /** A {@code TYPE_INT_ARGB_PRE} image over the same pixels (no copy): for drawing, not for writing. */
    public BufferedImage toBufferedImage() {
        DirectColorModel model = new DirectColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), 32,
                0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000, true, DataBuffer.TYPE_INT);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(argbPre, argbPre.length), widthPx,
                heightPx, widthPx, model.getMasks(), null);
        return new BufferedImage(model, raster, true, null);
    }

    @Override
    public String toString() {
        return "DecodedPhoto[" + widthPx + " × " + heightPx + (opaque ? "" : ", transparent")
                + ", subsampling " + sourceSubsampling + "]";
    }

    static boolean allOpaque(int[] argb) {
        for (int pixel : argb) {
            if (pixel >>> 24 != 0xFF) {
                return false;
            }
        }
        return true;
    }
}
