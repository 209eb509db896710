package org.podium.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Pictures with known pixels, made in memory for the decoder's tests. */
final class Pictures {

    static final int RED = 0xFFFF0000;
    static final int GREEN = 0xFF00FF00;
    static final int BLUE = 0xFF0000FF;
    static final int YELLOW = 0xFFFFFF00;

    private Pictures() {
    }

    /** Four flat quadrants as stored: red top left, green top right, blue bottom left, yellow bottom right. */
    static BufferedImage quadrants(int widthPx, int heightPx) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int halfW = widthPx / 2;
        int halfH = heightPx / 2;
        g.setColor(new Color(RED));
        g.fillRect(0, 0, halfW, halfH);
        g.setColor(new Color(GREEN));
        g.fillRect(halfW, 0, widthPx - halfW, halfH);
        g.setColor(new Color(BLUE));
        g.fillRect(0, halfH, halfW, heightPx - halfH);
        g.setColor(new Color(YELLOW));
        g.fillRect(halfW, halfH, widthPx - halfW, heightPx - halfH);
        g.dispose();
        return image;
    }

    /** A photo-like picture: gradients and shapes, so JPEG compresses it as it would a photo. */
    static BufferedImage scene(int widthPx, int heightPx) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0x8b1a1a), widthPx, heightPx, new Color(0x1a3a8b)));
        g.fillRect(0, 0, widthPx, heightPx);
        g.setColor(new Color(0xd4af37));
        for (int i = 0; i < 12; i++) {
            g.fillOval(i * widthPx / 12, heightPx / 3, widthPx / 16, heightPx / 3);
        }
        g.dispose();
        return image;
    }

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no ImageIO writer for " + format + " and " + image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A 16-bit-per-channel RGB PNG of one colour (each 8-bit value repeated, e.g. 0x80 → 0x8080). */
    static byte[] png16BitRgb(int widthPx, int heightPx, int rgb) {
        ColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(widthPx, heightPx);
        int[] pixel = {(rgb >> 16 & 0xFF) * 257, (rgb >> 8 & 0xFF) * 257, (rgb & 0xFF) * 257};
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                raster.setPixel(x, y, pixel);
            }
        }
        return write(new BufferedImage(model, raster, false, null), "png");
    }

    /** A 16-bit grey + alpha PNG: grey {@code grey8}·257, opaque in the left half, transparent in the right. */
    static byte[] png16BitGreyAlpha(int widthPx, int heightPx, int grey8) {
        ColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(widthPx, heightPx);
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                raster.setPixel(x, y, new int[] {grey8 * 257, x < widthPx / 2 ? 0xFFFF : 0});
            }
        }
        return write(new BufferedImage(model, raster, false, null), "png");
    }

    /** An 8-bit grey PNG of one value. */
    static byte[] pngGrey(int widthPx, int heightPx, int grey8) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                raster.setSample(x, y, 0, grey8);
            }
        }
        return write(image, "png");
    }

    /** A paletted PNG: index 0 fully transparent (left half), index 1 opaque red, index 2 half-transparent blue. */
    static byte[] pngPaletteWithTransparency(int widthPx, int heightPx) {
        byte[] r = {0, (byte) 0xFF, 0};
        byte[] g = {0, 0, 0};
        byte[] b = {0, 0, (byte) 0xFF};
        byte[] a = {0, (byte) 0xFF, (byte) 0x80};
        IndexColorModel model = new IndexColorModel(2, 3, r, g, b, a);
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_BYTE_INDEXED, model);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                raster.setSample(x, y, 0, x < widthPx / 2 ? 0 : y < heightPx / 2 ? 1 : 2);
            }
        }
        return write(image, "png");
    }

    /**
     * A four-channel JPEG in the Adobe convention (inverted CMYK), written straight from a raster:
     * top half red (C0 M100 Y100 K0), bottom half blue (C100 M100 Y0 K0).
     */
    static byte[] cmykJpeg(int widthPx, int heightPx) {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, widthPx, heightPx, 4, null);
        int[] red = {255, 0, 0, 255};
        int[] blue = {0, 0, 255, 255};
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                raster.setPixel(x, y, y < heightPx / 2 ? red : blue);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A PNG that is only a signature, an IHDR declaring {@code widthPx} × {@code heightPx} (8-bit
     * RGBA, with a correct CRC) and IEND: no pixel data at all.
     */
    static byte[] pngHeaderOnly(int widthPx, int heightPx) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(widthPx).putInt(heightPx);
        ihdr.put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0); // depth, RGBA, deflate, filter, no interlace
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** Appends one PNG chunk: length, type, data and the CRC-32 of type and data. */
    static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** True when each channel of {@code actual} is within {@code tolerance} of {@code expected}. */
    static boolean near(int expected, int actual, int tolerance) {
        for (int shift = 0; shift <= 24; shift += 8) {
            if (Math.abs((expected >>> shift & 0xFF) - (actual >>> shift & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    static String hex(int argb) {
        return String.format("%08X", argb);
    }
}
