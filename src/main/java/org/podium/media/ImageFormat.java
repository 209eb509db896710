package org.podium.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.podium.media.ImportProblem.Kind;

/**
 * The picture formats Podium stores, recognised by their first bytes (never by the file name's
 * extension, which is often wrong for photos sent through chat apps).
 */
public enum ImageFormat {
    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    BMP("image/bmp", "bmp");

    /** Bytes of a file's start that {@link #sniff} and {@link #unsupportedFormatMessage} look at. */
    public static final int HEADER_BYTES = 16;

    /** For messages: the formats Podium takes. */
    public static final String SUPPORTED = "JPEG, PNG, GIF and BMP";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;
    private final String imageIoName;

    ImageFormat(String mediaType, String imageIoName) {
        this.mediaType = mediaType;
        this.imageIoName = imageIoName;
    }

    /** The media type stored in {@code MediaRef}, e.g. {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    /** The format name ImageIO's readers are registered under. */
    String imageIoName() {
        return imageIoName;
    }

    /** The supported format whose signature starts {@code head}, if any. */
    public static Optional<ImageFormat> sniff(byte[] head) {
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(head, ascii("BM"))) {
            return Optional.of(BMP);
        }
        return Optional.empty();
    }

    /**
     * What to tell a person whose file starts with {@code head} and is no supported format: a
     * recognised format is named with what to do about it.
     */
    public static String unsupportedFormatMessage(byte[] head) {
        return unsupportedFormat(head).detail();
    }

    /** The problem with a file that starts with {@code head} and is no supported format. */
    public static ImportProblem unsupportedFormat(byte[] head) {
        if (head.length >= 12 && Arrays.equals(head, 4, 8, ascii("ftyp"), 0, 4)) {
            String brand = new String(head, 8, 4, StandardCharsets.US_ASCII);
            switch (brand) {
                case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1":
                    return ImportProblem.of(Kind.HEIC, "HEIC photos are not supported yet; export it as JPEG");
                case "avif", "avis":
                    return ImportProblem.of(Kind.AVIF, "AVIF photos are not supported yet; export it as JPEG");
                default:
                    return ImportProblem.of(Kind.VIDEO,
                            "this looks like a video or other media file, not a photo; Podium takes " + SUPPORTED);
            }
        }
        if (head.length >= 12 && startsWith(head, ascii("RIFF")) && Arrays.equals(head, 8, 12, ascii("WEBP"), 0, 4)) {
            return ImportProblem.of(Kind.WEBP, "WebP images are not supported yet; export it as JPEG or PNG");
        }
        if (startsWith(head, ascii("II*\0")) || startsWith(head, ascii("MM\0*"))) {
            return ImportProblem.of(Kind.TIFF_OR_RAW,
                    "TIFF images (and camera RAW files) are not supported; export it as JPEG or PNG");
        }
        if (startsWith(head, ascii("%PDF"))) {
            return ImportProblem.of(Kind.PDF, "this is a PDF, not a photo; export the page as PNG or JPEG");
        }
        return ImportProblem.of(Kind.NOT_A_PHOTO, "not a photo Podium can use; Podium takes " + SUPPORTED);
    }

    /**
     * What to tell a person when the reader refuses {@code failure} because the file is a variant
     * of this format it does not decode (not because it is damaged), else empty.
     */
    Optional<String> unsupportedVariantMessage(Throwable failure) {
        return unsupportedVariant(failure).map(ImportProblem::detail);
    }

    /**
     * The problem when the reader refuses {@code failure} because the file is a variant of this
     * format it does not decode (not because it is damaged), else empty. The JDK's JPEG reader
     * decodes only 8-bit lossy JPEG; lossless and 12-bit JPEGs come from some scanners, medical
     * and scientific cameras.
     */
    Optional<ImportProblem> unsupportedVariant(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (this == JPEG && (message.startsWith("Unsupported JPEG process")
                || message.startsWith("Unsupported JPEG data precision"))) {
            return Optional.of(ImportProblem.of(Kind.UNSUPPORTED_JPEG_VARIANT,
                    "this JPEG is stored in a form Podium cannot show (lossless or 12-bit, as some "
                    + "scanners and cameras write); save it again as an ordinary JPEG"));
        }
        return Optional.empty();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }
}
