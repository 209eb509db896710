package org.podium.sample;

import java.io.ByteArrayOutputStream;

/**
 * Gives a JPEG an EXIF orientation the way a camera does: an APP1 "Exif" segment right after SOI
 * holding a minimal big-endian TIFF header and an IFD0 with the single tag 0x0112 (Orientation).
 * ImageIO cannot write EXIF, so the bytes are put together by hand.
 */
final class JpegExif {

    private static final int SOI = 0xD8;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TIFF_SHORT = 3;

    private JpegExif() {
    }

    /**
     * {@code jpeg} with an EXIF orientation segment after SOI. A JFIF APP0 segment, if present, is
     * dropped: JFIF and EXIF both claim to be the first segment, and cameras write EXIF only.
     *
     * @param orientation EXIF orientation 1–8 (6: the stored picture must turn 90° clockwise)
     */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        if (orientation < 1 || orientation > 8) {
            throw new IllegalArgumentException("EXIF orientation must be 1–8, was " + orientation);
        }
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != SOI) {
            throw new IllegalArgumentException("not a JPEG: no SOI marker at the start");
        }
        int rest = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == APP0) {
            int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
            rest = 4 + app0Length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 64);
        out.write(0xFF);
        out.write(SOI);
        byte[] segment = exifSegment(orientation);
        out.write(segment, 0, segment.length);
        out.write(jpeg, rest, jpeg.length - rest);
        return out.toByteArray();
    }

    /** The whole APP1 segment: marker, length, "Exif\0\0", TIFF header, IFD0 with one entry. */
    private static byte[] exifSegment(int orientation) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42});
        writeInt(tiff, 8);                    // IFD0 starts right after the 8-byte header
        writeShort(tiff, 1);                  // one directory entry
        writeShort(tiff, ORIENTATION_TAG);
        writeShort(tiff, TIFF_SHORT);
        writeInt(tiff, 1);                    // one value
        writeShort(tiff, orientation);        // a SHORT value sits left-justified in the 4-byte field
        writeShort(tiff, 0);
        writeInt(tiff, 0);                    // no IFD1
        byte[] tiffBytes = tiff.toByteArray();

        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.write(0xFF);
        segment.write(APP1);
        writeShort(segment, 2 + 6 + tiffBytes.length); // the length counts itself, not the marker
        segment.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        segment.writeBytes(tiffBytes);
        return segment.toByteArray();
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write((value >>> 8) & 0xFF);
        out.write(value & 0xFF);
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        writeShort(out, value >>> 16);
        writeShort(out, value & 0xFFFF);
    }
}
