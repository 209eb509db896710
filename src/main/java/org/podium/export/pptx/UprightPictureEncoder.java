package org.podium.export.pptx;

import java.io.IOException;
import java.io.InputStream;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;

/**
 * Stores a photo as it is when nothing needs doing: upright already (EXIF orientation 1), a
 * format every PowerPoint shows (JPEG or PNG) and within the quality's size limit; such a photo
 * keeps its bytes and loses nothing to a second JPEG compression.
 */
final class UprightPictureEncoder implements PictureEncoder {

    @Override
    public EncodedPicture encode(MediaRef ref, MediaStore store, PhotoQuality quality) throws IOException {
        if (keepsOriginal(ref, quality)) {
            try (InputStream in = store.open(ref)) {
                return new EncodedPicture(in.readAllBytes(), ref.mediaType(), ref.widthPx(), ref.heightPx());
            }
        }
        throw new IOException("photo " + ref.originalName() + " needs re-encoding");
    }

    static boolean keepsOriginal(MediaRef ref, PhotoQuality quality) {
        boolean common = ref.mediaType().equals("image/jpeg") || ref.mediaType().equals("image/png");
        return ref.exifOrientation() == 1 && common
                && !quality.limits(Math.max(ref.widthPx(), ref.heightPx()));
    }
}
