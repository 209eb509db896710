package org.podium.sample;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.podium.model.MediaRef;

/**
 * A photo file as the programme's media table describes it; every field is read from the bytes.
 *
 * @param logicalName     name the programme source uses ("chorus")
 * @param sha256          64 lower-case hex digits of {@code bytes}
 * @param mediaType       {@code image/jpeg} or {@code image/png}, from the file's signature
 * @param widthPx         stored width, before EXIF orientation
 * @param heightPx        stored height, before EXIF orientation
 * @param exifOrientation 1–8; 1 when the file has none
 */
record MediaFile(String logicalName, String sha256, String mediaType, int widthPx, int heightPx,
                 int exifOrientation, byte[] bytes) {

    static MediaFile describe(String logicalName, byte[] bytes) {
        String mediaType = mediaType(bytes);
        int[] size = storedSize(bytes, logicalName);
        return new MediaFile(logicalName, sha256(bytes), mediaType, size[0], size[1],
                exifOrientation(bytes, logicalName), bytes);
    }

    /** Name inside the archive's {@code media/} folder. */
    String fileName() {
        return sha256 + "." + MediaRef.extensionFor(mediaType);
    }

    /** File name as if the organiser had imported "chorus.jpg". */
    String originalName() {
        return logicalName + "." + MediaRef.extensionFor(mediaType);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The media type from the file's signature, not from any name. */
    static String mediaType(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        throw new IllegalArgumentException("neither JPEG nor PNG: signature " + HexFormat.of().formatHex(bytes, 0,
                Math.min(8, bytes.length)));
    }

    /** {width, height} of the stored raster, read from the header without decoding the pixels. */
    private static int[] storedSize(byte[] bytes, String name) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException(name + ": no image reader takes these bytes");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read the image header", e);
        }
    }

    private static int exifOrientation(byte[] bytes, String name) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            return ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
        } catch (ImageProcessingException | MetadataException e) {
            throw new IllegalArgumentException(name + ": unreadable EXIF: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read EXIF", e);
        }
    }
}
