package org.podium.media;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;

/**
 * Any picture ImageIO decodes, read one row at a time as premultiplied ARGB: the scaler never
 * needs a second full-size copy of a decoded photo (a 24-megapixel JPEG is 72 MB as decoded and
 * would be another 96 MB as ints).
 */
final class ArgbConversion {

    private ArgbConversion() {
    }

    /** Rows of a picture as premultiplied ARGB. */
    interface Rows {
        int widthPx();

        int heightPx();

        /** Fills {@code argbPre[0, widthPx)} with row {@code y}. */
        void read(int y, int[] argbPre);
    }

    static Rows rows(BufferedImage image) {
        ColorModel model = image.getColorModel();
        if (model instanceof ComponentColorModel && model.getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            return new GreyRows(image);
        }
        if (InterleavedRgbRows.handles(image)) {
            return new InterleavedRgbRows(image);
        }
        return new GenericRows(image);
    }

    /** True when the picture's colour model cannot hold transparency. */
    static boolean opaque(BufferedImage image) {
        return image.getColorModel().getTransparency() == Transparency.OPAQUE;
    }

    /**
     * 8-bit sRGB bytes interleaved in one array, with or without alpha: JPEG's and BMP's BGR,
     * PNG's RGB and RGBA. Read straight from the bytes, the common case and the fast one.
     */
    private static final class InterleavedRgbRows implements Rows {
        private final int widthPx;
        private final int heightPx;
        private final byte[] data;
        private final int scanlineStride;
        private final int pixelStride;
        private final int red;
        private final int green;
        private final int blue;
        private final int alpha;
        private final boolean premultiplied;

        static boolean handles(BufferedImage image) {
            ColorModel model = image.getColorModel();
            Raster raster = image.getRaster();
            return model instanceof ComponentColorModel && model.getColorSpace().isCS_sRGB()
                    && model.getTransferType() == DataBuffer.TYPE_BYTE
                    && raster.getSampleModel() instanceof PixelInterleavedSampleModel
                    && raster.getDataBuffer() instanceof DataBufferByte
                    && raster.getDataBuffer().getNumBanks() == 1
                    && raster.getSampleModelTranslateX() == 0 && raster.getSampleModelTranslateY() == 0
                    && (raster.getNumBands() == 3 && !model.hasAlpha() || raster.getNumBands() == 4 && model.hasAlpha());
        }

        InterleavedRgbRows(BufferedImage image) {
            Raster raster = image.getRaster();
            PixelInterleavedSampleModel sampleModel = (PixelInterleavedSampleModel) raster.getSampleModel();
            int[] offsets = sampleModel.getBandOffsets();
            widthPx = image.getWidth();
            heightPx = image.getHeight();
            data = ((DataBufferByte) raster.getDataBuffer()).getData();
            scanlineStride = sampleModel.getScanlineStride();
            pixelStride = sampleModel.getPixelStride();
            red = offsets[0] + raster.getDataBuffer().getOffset();
            green = offsets[1] + raster.getDataBuffer().getOffset();
            blue = offsets[2] + raster.getDataBuffer().getOffset();
            alpha = offsets.length > 3 ? offsets[3] + raster.getDataBuffer().getOffset() : -1;
            premultiplied = image.getColorModel().isAlphaPremultiplied();
        }

        @Override
        public int widthPx() {
            return widthPx;
        }

        @Override
        public int heightPx() {
            return heightPx;
        }

        @Override
        public void read(int y, int[] argbPre) {
            int p = y * scanlineStride;
            for (int x = 0; x < widthPx; x++, p += pixelStride) {
                int argb = Argb.pack(alpha < 0 ? 0xFF : data[p + alpha] & 0xFF, data[p + red] & 0xFF,
                        data[p + green] & 0xFF, data[p + blue] & 0xFF);
                argbPre[x] = alpha < 0 || premultiplied ? argb : Argb.premultiply(argb);
            }
        }
    }

    /**
     * Grey pictures, with or without alpha, 8 or 16 bits. Java2D treats the grey colour space as
     * linear and brightens grey+alpha and custom grey images on conversion (a PNG's 50 % grey
     * came out as 74 %); PNG grey values are already gamma-encoded like sRGB, so they are copied.
     */
    private static final class GreyRows implements Rows {
        private final Raster raster;
        private final int bands;
        private final boolean hasAlpha;
        private final boolean premultiplied;
        private final int greyMax;
        private final int alphaMax;
        private final int[] samples;

        GreyRows(BufferedImage image) {
            ColorModel model = image.getColorModel();
            raster = image.getRaster();
            bands = raster.getNumBands();
            hasAlpha = model.hasAlpha() && bands > 1;
            premultiplied = model.isAlphaPremultiplied();
            greyMax = (1 << model.getComponentSize(0)) - 1;
            alphaMax = hasAlpha ? (1 << model.getComponentSize(1)) - 1 : 1;
            samples = new int[image.getWidth() * bands];
        }

        @Override
        public int widthPx() {
            return raster.getWidth();
        }

        @Override
        public int heightPx() {
            return raster.getHeight();
        }

        @Override
        public void read(int y, int[] argbPre) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, raster.getWidth(), 1, samples);
            for (int x = 0; x < raster.getWidth(); x++) {
                int grey = to8Bits(samples[x * bands], greyMax);
                int alpha = hasAlpha ? to8Bits(samples[x * bands + 1], alphaMax) : 0xFF;
                int argb = Argb.pack(alpha, grey, grey, grey);
                argbPre[x] = premultiplied ? argb : Argb.premultiply(argb);
            }
        }

        private static int to8Bits(int value, int max) {
            return max == 0xFF ? value : (int) (((long) value * 0xFF + max / 2) / max);
        }
    }

    /**
     * Everything else (palettes, 16-bit colour, CMYK JPEGs, embedded colour profiles) through the
     * colour model's own conversion to sRGB: slower per pixel, correct, and rare.
     */
    private static final class GenericRows implements Rows {
        private final BufferedImage image;

        GenericRows(BufferedImage image) {
            this.image = image;
        }

        @Override
        public int widthPx() {
            return image.getWidth();
        }

        @Override
        public int heightPx() {
            return image.getHeight();
        }

        @Override
        public void read(int y, int[] argbPre) {
            int widthPx = image.getWidth();
            image.getRGB(0, y, widthPx, 1, argbPre, 0, widthPx);
            for (int x = 0; x < widthPx; x++) {
                argbPre[x] = Argb.premultiply(argbPre[x]);
            }
        }
    }
}
