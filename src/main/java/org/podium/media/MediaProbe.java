package org.podium.media;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.lang.ByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.podium.media.ImportProblem.Kind;
import org.podium.model.MediaRef;

/**
 * Looks at a photo file without decoding it: its SHA-256 (streamed), its format from the first
 * bytes, its pixel size from the header and its EXIF orientation. A 24-megapixel JPEG is never
 * decoded here.
 */
public final class MediaProbe {

    /** Largest photo Podium takes, in bytes (256 MiB); also the limit for a photo inside a file. */
    public static final long MAX_PHOTO_BYTES = 256L * 1024 * 1024;

    /** Largest eXIf chunk read from a PNG; a JPEG's Exif is at most 64 KB, so this is generous. */
    private static final long MAX_PNG_EXIF_BYTES = 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(MediaProbe.class.getName());

    private MediaProbe() {
    }

    /**
     * @throws PhotoImportException naming the file, with the {@link ImportProblem}: empty, too
     *                     large (in bytes, or in pixels for {@link DecodeLimits#DEFAULT}), not a
     *                     supported format (a recognised one such as HEIC is named), or a
     *                     truncated or damaged header
     * @throws NoSuchFileException when the file is not there
     * @throws IOException when it cannot be read; {@link ImportProblem#of(IOException)} classifies all three
     */
    public static MediaRef probe(Path file) throws IOException {
        long sizeBytes;
        try {
            sizeBytes = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (sizeBytes == 0) {
            throw new PhotoImportException(file, ImportProblem.of(Kind.EMPTY, "the file is empty"));
        }
        if (sizeBytes > MAX_PHOTO_BYTES) {
            throw new PhotoImportException(file, ImportProblem.of(Kind.FILE_TOO_LARGE, "the photo is "
                    + (sizeBytes >> 20) + " MiB; Podium takes photos up to " + (MAX_PHOTO_BYTES >> 20) + " MiB",
                    sizeBytes >> 20, MAX_PHOTO_BYTES >> 20));
        }
        byte[] head = readHead(file);
        ImageFormat format = ImageFormat.sniff(head)
                .orElseThrow(() -> new PhotoImportException(file, ImageFormat.unsupportedFormat(head)));
        int[] size = pixelSize(file, format);
        // a few hundred bytes can declare 30000 × 30000 pixels: refused here, not on the projector
        Optional<ImportProblem> tooLarge = DecodeLimits.DEFAULT.sourceSizeImportProblem(new PixelSize(size[0], size[1]));
        if (tooLarge.isPresent()) {
            throw new PhotoImportException(file, tooLarge.get());
        }
        int orientation = exifOrientation(file, format);
        String sha256 = sha256(file);
        return new MediaRef(sha256, file.getFileName().toString(), format.mediaType(), size[0], size[1], orientation);
    }

    /** Streams the whole file through SHA-256. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return Sha256.hex(digest.digest());
    }

    private static byte[] readHead(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ImageFormat.HEADER_BYTES);
            return Arrays.copyOf(head, head.length);
        }
    }

    /** Width and height in pixels as stored, read from the header only. */
    private static int[] pixelSize(Path file, ImageFormat format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new PhotoImportException(file, ImportProblem.of(Kind.NO_READER,
                    "this Java runtime has no " + format + " reader", format.toString()));
        }
        ImageReader reader = readers.next();
        int widthPx;
        int heightPx;
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            widthPx = reader.getWidth(0);
            heightPx = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            // ImageIO readers throw IIOException, EOFException or unchecked exceptions on bad headers
            throw new PhotoImportException(file, format.unsupportedVariant(e).orElse(ImportProblem.of(Kind.DAMAGED,
                    "the " + format + " header is truncated or damaged", format.toString())), e);
        } finally {
            reader.dispose();
        }
        if (widthPx <= 0 || heightPx <= 0) {
            throw new PhotoImportException(file, ImportProblem.of(Kind.NO_PICTURE_SIZE,
                    "the " + format + " header gives no picture size", format.toString()));
        }
        return new int[] {widthPx, heightPx};
    }

    /** EXIF orientation 1–8; 1 when there is none or it cannot be read (metadata is not essential). */
    private static int exifOrientation(Path file, ImageFormat format) {
        try {
            Metadata metadata;
            if (format == ImageFormat.JPEG) {
                // the Exif segment only: a JPEG's other segments are not needed and not parsed
                metadata = JpegMetadataReader.readMetadata(file.toFile(), List.of(new ExifReader()));
            } else if (format == ImageFormat.PNG) {
                metadata = pngExif(file);
            } else {
                return 1;
            }
            for (ExifIFD0Directory directory : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (directory.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    int orientation = directory.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                    return orientation >= 1 && orientation <= 8 ? orientation : 1;
                }
            }
        } catch (JpegProcessingException | MetadataException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "{0}: EXIF metadata unreadable, assuming upright: {1}", file, e.getMessage());
        }
        return 1;
    }

    /**
     * The Exif of a PNG, from its eXIf chunk alone. The general PNG metadata reader inflates every
     * text and profile chunk in full, and a 1 MB zTXt chunk can inflate to gigabytes; here every
     * other chunk is skipped unread.
     */
    private static Metadata pngExif(Path file) throws IOException {
        Metadata metadata = new Metadata();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            in.skipNBytes(8); // signature
            while (true) {
                long lengthBytes = Integer.toUnsignedLong(in.readInt());
                String type = new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
                if (type.equals("eXIf")) {
                    if (lengthBytes <= MAX_PNG_EXIF_BYTES) {
                        new ExifReader().extract(new ByteArrayReader(in.readNBytes((int) lengthBytes)), metadata);
                    }
                    return metadata;
                }
                if (type.equals("IEND")) {
                    return metadata;
                }
                in.skipNBytes(lengthBytes + 4); // the data and its CRC
            }
        }
    }
}
