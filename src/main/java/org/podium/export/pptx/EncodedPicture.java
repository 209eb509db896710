package org.podium.export.pptx;

import java.util.Objects;
import org.podium.model.MediaRef;

/**
 * A photo as stored in the deck: upright (EXIF orientation applied, or none to apply) and within
 * the export's size limit.
 *
 * @param bytes     the file's bytes
 * @param mediaType {@code image/jpeg}, {@code image/png}, {@code image/gif} or {@code image/bmp}
 * @param widthPx   pixel width as shown
 * @param heightPx  pixel height as shown
 */
record EncodedPicture(byte[] bytes, String mediaType, int widthPx, int heightPx) {

    EncodedPicture {
        Objects.requireNonNull(bytes, "bytes");
        MediaRef.extensionFor(mediaType);
        if (widthPx < 1 || heightPx < 1) {
            throw new IllegalArgumentException("a picture needs a size, was " + widthPx + " × " + heightPx);
        }
    }
}
