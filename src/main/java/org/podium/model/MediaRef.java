package org.podium.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A photo stored in the programme file, addressed by the SHA-256 of its bytes, so the same photo
 * used twice is stored once.
 *
 * @param sha256           64 lower-case hex digits of the file's bytes
 * @param originalName     file name the organiser imported, for display only
 * @param mediaType        {@code image/jpeg}, {@code image/png}, {@code image/gif} or {@code image/bmp}
 * @param widthPx          stored pixel width, before EXIF orientation is applied
 * @param heightPx         stored pixel height, before EXIF orientation is applied
 * @param exifOrientation  EXIF orientation 1–8; 1 when the file has none
 */
public record MediaRef(String sha256, String originalName, String mediaType, int widthPx, int heightPx,
                       int exifOrientation) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public MediaRef {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("media hash must be 64 lower-case hex digits, was '" + sha256 + "'");
        }
        originalName = Text.clean(originalName);
        extensionFor(mediaType);
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("media " + sha256 + " has no pixel size (" + widthPx + "×" + heightPx + ")");
        }
        if (exifOrientation < 1 || exifOrientation > 8) {
            throw new IllegalArgumentException("EXIF orientation must be 1–8, was " + exifOrientation);
        }
    }

    /** File extension for a supported media type, without the dot. */
    public static String extensionFor(String mediaType) {
        if (mediaType == null) {
            throw new IllegalArgumentException("media type missing");
        }
        return switch (mediaType.toLowerCase(Locale.ROOT)) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "image/bmp" -> "bmp";
            default -> throw new IllegalArgumentException(
                    "unsupported media type '" + mediaType + "'; Podium takes JPEG, PNG, GIF and BMP");
        };
    }

    /** Name inside the {@code .podium} archive's {@code media/} folder. */
    public String fileName() {
        return sha256 + "." + extensionFor(mediaType);
    }

    /** True when the EXIF orientation turns the picture a quarter, so width and height swap on screen. */
    public boolean quarterTurned() {
        return exifOrientation >= 5;
    }

    /** Width as seen, after EXIF orientation. */
    public int displayWidthPx() {
        return quarterTurned() ? heightPx : widthPx;
    }

    /** Height as seen, after EXIF orientation. */
    public int displayHeightPx() {
        return quarterTurned() ? widthPx : heightPx;
    }
}
