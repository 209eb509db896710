package org.podium.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Damaged, lying and unusual picture files, built byte by byte in memory: what a photo folder
 * from a phone, a chat app or a print shop can hold. Nothing here is large on disk; the bombs are
 * a few kilobytes that declare or inflate to hundreds of megabytes.
 */
public final class HostileImages {

    private HostileImages() {
    }

    /** An ordinary photo-like JPEG to damage. */
    public static byte[] jpeg(int widthPx, int heightPx) {
        return Pictures.write(Pictures.scene(widthPx, heightPx), "jpg");
    }

    /** {@code bytes} cut after {@code keptBytes}. */
    public static byte[] cut(byte[] bytes, int keptBytes) {
        return Arrays.copyOf(bytes, keptBytes);
    }

    /**
     * A PNG whose IHDR declares {@code widthPx} × {@code heightPx} 8-bit RGBA and whose IDAT is
     * the deflated zeros of only its first {@code rows} rows: a few hundred bytes that claim
     * gigabytes.
     */
    public static byte[] pngBomb(int widthPx, int heightPx, int rows) {
        return png(widthPx, heightPx, 6, 4, rows);
    }

    /**
     * A complete 8-bit grey PNG of {@code widthPx} × {@code heightPx} black pixels: every row is
     * there, deflated from zeros, so a 100-megapixel picture is about 100 KB of file.
     */
    public static byte[] pngGreyBomb(int widthPx, int heightPx) {
        return png(widthPx, heightPx, 0, 1, heightPx);
    }

    private static byte[] png(int widthPx, int heightPx, int colourType, int bytesPerPixel, int rows) {
        ByteBuffer ihdr = ByteBuffer.allocate(13);
        ihdr.putInt(widthPx).putInt(heightPx);
        ihdr.put((byte) 8).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] row = new byte[1 + widthPx * bytesPerPixel]; // filter byte 0, then zeros
        byte[] buffer = new byte[64 * 1024];
        for (int y = 0; y < rows; y++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        Pictures.chunk(out, "IHDR", ihdr.array());
        Pictures.chunk(out, "IDAT", idat.toByteArray());
        Pictures.chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** {@code jpeg} with the size in its start-of-frame segment replaced; the scan data stays small. */
    public static byte[] withFrameSize(byte[] jpeg, int widthPx, int heightPx) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 8 < out.length; i++) {
            int marker = out[i + 1] & 0xFF;
            if ((out[i] & 0xFF) == 0xFF && (marker == 0xC0 || marker == 0xC1 || marker == 0xC2)) {
                out[i + 5] = (byte) (heightPx >> 8);
                out[i + 6] = (byte) heightPx;
                out[i + 7] = (byte) (widthPx >> 8);
                out[i + 8] = (byte) widthPx;
                return out;
            }
        }
        throw new IllegalArgumentException("no start-of-frame marker");
    }

    /**
     * {@code jpeg} relabelled as a lossless JPEG (SOF3) or given 12-bit samples: variants some
     * scanners write, which the JDK's reader does not decode.
     */
    public static byte[] asJpegVariant(byte[] jpeg, boolean lossless) {
        byte[] out = jpeg.clone();
        for (int i = 2; i + 4 < out.length; i++) {
            if ((out[i] & 0xFF) == 0xFF && (out[i + 1] & 0xFF) == 0xC0) {
                if (lossless) {
                    out[i + 1] = (byte) 0xC3;
                } else {
                    out[i + 4] = 12;
                }
                return out;
            }
        }
        throw new IllegalArgumentException("no baseline start-of-frame marker");
    }

    /** {@code gif} with its screen and its first frame declaring {@code widthPx} × {@code heightPx}. */
    public static byte[] withGifSize(byte[] gif, int widthPx, int heightPx) {
        byte[] out = gif.clone();
        putLittleEndianSize(out, 6, widthPx, heightPx);
        int packed = out[10] & 0xFF;
        int descriptor = 13 + ((packed & 0x80) != 0 ? 3 << ((packed & 0x07) + 1) : 0);
        while ((out[descriptor] & 0xFF) == 0x21) { // extensions: introducer, label, sub-blocks
            int at = descriptor + 2;
            while ((out[at] & 0xFF) != 0) {
                at += (out[at] & 0xFF) + 1;
            }
            descriptor = at + 1;
        }
        putLittleEndianSize(out, descriptor + 5, widthPx, heightPx);
        return out;
    }

    private static void putLittleEndianSize(byte[] out, int at, int widthPx, int heightPx) {
        out[at] = (byte) widthPx;
        out[at + 1] = (byte) (widthPx >> 8);
        out[at + 2] = (byte) heightPx;
        out[at + 3] = (byte) (heightPx >> 8);
    }

    /** A progressive JPEG of {@code image}, as many cameras' web exports and social sites write. */
    public static byte[] progressiveJpeg(BufferedImage image) {
        return progressive("jpeg", image);
    }

    /** An Adam7-interlaced PNG of {@code image}, as some web tools write. */
    public static byte[] interlacedPng(BufferedImage image) {
        byte[] png = progressive("png", image);
        // the IHDR's last byte, the interlace method: 1 is Adam7
        if (png[8 + 8 + 12] != 1) {
            throw new IllegalStateException("the PNG writer did not interlace");
        }
        return png;
    }

    /** {@code image} written by ImageIO's {@code format} writer in its progressive (interlaced) mode. */
    private static byte[] progressive(String format, BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A two-frame animated GIF, looping: the first frame {@code first}, the second {@code second}. */
    public static byte[] animatedGif(BufferedImage first, BufferedImage second) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : new BufferedImage[] {first, second}) {
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame),
                        null);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", "50");
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * {@code jpeg} with an APP1 Exif segment of about {@code segmentBytes} (at most 65533): IFD0
     * holds Orientation = {@code orientation} and an ImageDescription whose text fills the rest.
     */
    public static byte[] withBigExif(byte[] jpeg, int orientation, int segmentBytes) {
        int textBytes = segmentBytes - 2 - 6 - 8 - 2 - 2 * 12 - 4;
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + textBytes).order(ByteOrder.BIG_ENDIAN);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(textBytes).putInt(8 + 2 + 2 * 12 + 4); // ASCII
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] text = new byte[textBytes];
        Arrays.fill(text, (byte) 'x');
        text[textBytes - 1] = 0;
        tiff.put(text);
        return withApp1(jpeg, tiff.array());
    }

    /**
     * {@code jpeg} with an Exif IFD0 that holds Orientation = {@code orientation} and whose
     * next-IFD offset points back at itself, and an Exif sub-IFD pointer that points at IFD0: two
     * loops a careless reader follows forever.
     */
    public static byte[] withExifLoop(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4).order(ByteOrder.BIG_ENDIAN);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(8); // Exif sub-IFD at IFD0
        tiff.putInt(8);                                                           // next IFD: IFD0 again
        return withApp1(jpeg, tiff.array());
    }

    private static byte[] withApp1(byte[] jpeg, byte[] tiff) {
        byte[] exifHeader = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int segmentLength = 2 + exifHeader.length + tiff.length;
        if (segmentLength > 0xFFFF) {
            throw new IllegalArgumentException("an APP1 segment holds at most 65535 bytes");
        }
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + segmentLength);
        out.put(jpeg, 0, 2);
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) segmentLength);
        out.put(exifHeader).put(tiff);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /**
     * {@code png} with a chunk inserted after IHDR whose compressed text (zTXt, iTXt) or colour
     * profile (iCCP) inflates to {@code inflatedBytes} of zeros: a text bomb a metadata reader
     * that inflates everything runs into.
     */
    public static byte[] withInflatingChunk(byte[] png, String type, long inflatedBytes) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        String header = switch (type) {
            case "zTXt" -> "Comment\0\0";
            case "iTXt" -> "Comment\0\1\0\0\0";
            case "iCCP" -> "ICC\0\0";
            default -> throw new IllegalArgumentException(type);
        };
        data.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[64 * 1024];
        for (long done = 0; done < inflatedBytes; done += zeros.length) {
            deflater.setInput(zeros, 0, (int) Math.min(zeros.length, inflatedBytes - done));
            while (!deflater.needsInput()) {
                data.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            data.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return withChunkAfterHeader(png, type, data.toByteArray());
    }

    /** {@code png} with an eXIf chunk after IHDR whose IFD0 holds Orientation = {@code orientation}. */
    public static byte[] withPngExif(byte[] png, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.BIG_ENDIAN);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        return withChunkAfterHeader(png, "eXIf", tiff.array());
    }

    private static byte[] withChunkAfterHeader(byte[] png, String type, byte[] data) {
        int afterHeader = 8 + 4 + 4 + 13 + 4; // signature, then IHDR's length, type, data and CRC
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        Pictures.chunk(out, type, data);
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** The start of an HEIC file as an iPhone writes it: an ftyp box of brand heic. */
    public static byte[] heic() {
        return padded("\0\0\0\u0018ftypheic\0\0\0\0mif1heic");
    }

    /** The start of a lossy WebP file. */
    public static byte[] webp() {
        return padded("RIFF\u0024\0\0\0WEBPVP8 ");
    }

    /** A little-endian TIFF header with one empty IFD. */
    public static byte[] tiff() {
        return padded("II*\0\u0008\0\0\0\0\0\0\0\0\0");
    }

    private static byte[] padded(String head) {
        return Arrays.copyOf(head.getBytes(StandardCharsets.ISO_8859_1), 256);
    }
}
