package org.podium.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Small real pictures made in memory, for tests. */
public final class TestImages {

    private TestImages() {
    }

    /** A {@code widthPx}×{@code heightPx} picture in {@code format} ("jpg", "png", "gif", "bmp"), tinted by {@code seed}. */
    public static byte[] image(String format, int widthPx, int heightPx, int seed) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x8b1a1a ^ seed * 0x10305));
        g.fillRect(0, 0, widthPx, heightPx);
        g.setColor(new Color(0xd4af37));
        g.fillOval(widthPx / 4, heightPx / 4, widthPx / 2, heightPx / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] jpeg(int widthPx, int heightPx, int seed) {
        return image("jpg", widthPx, heightPx, seed);
    }

    public static byte[] png(int widthPx, int heightPx, int seed) {
        return image("png", widthPx, heightPx, seed);
    }

    /**
     * {@code jpeg} with an APP1 Exif segment, built byte by byte, right after the SOI marker: a
     * big-endian TIFF header and one IFD0 entry, Orientation (0x0112, SHORT) = {@code orientation}.
     */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.BIG_ENDIAN);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8); // header, IFD0 at 8
        tiff.putShort((short) 1);                                                        // one entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1);                     // Orientation, SHORT, 1 value
        tiff.putShort((short) orientation).putShort((short) 0);                          // value, padded to 4 bytes
        tiff.putInt(0);                                                                  // no next IFD
        byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int segmentLength = 2 + exifHeader.length + tiff.capacity();                     // length counts itself
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + segmentLength);
        out.put(jpeg, 0, 2);                                                             // SOI
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) segmentLength);
        out.put(exifHeader).put(tiff.array());
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }
}
