package org.podium.export.pptx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.podium.export.ExportException;
import org.podium.export.ExportReason;
import org.podium.export.ExportReason.Kind;
import org.podium.media.DecodedPhoto;
import org.podium.media.EncodedPhoto;
import org.podium.media.PhotoDecodeException;
import org.podium.media.PhotoDecoder;
import org.podium.media.PhotoEncoder;
import org.podium.media.PhotoRequest;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;

/**
 * The picture a deck stores for a photo. A photo that is upright already (EXIF orientation 1) and
 * within the quality's size limit keeps its bytes, losing nothing to a second JPEG compression;
 * every other one is decoded upright at the limit (full size for {@link PhotoQuality#ORIGINAL})
 * and re-encoded: JPEG at the quality's setting, PNG when it has transparency. PowerPoint
 * ignores EXIF orientation, so a sideways photo must be turned in its pixels.
 */
final class DeckPictureEncoder implements PictureEncoder {

    private final PhotoDecoder decoder;

    DeckPictureEncoder(PhotoDecoder decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    @Override
    public EncodedPicture encode(MediaRef ref, MediaStore store, PhotoQuality quality) throws IOException {
        if (keepsOriginal(ref, quality)) {
            try (InputStream in = store.open(ref)) {
                return new EncodedPicture(in.readAllBytes(), ref.mediaType(), ref.widthPx(), ref.heightPx());
            }
        }
        int longEdge = Math.max(ref.widthPx(), ref.heightPx());
        int targetPx = quality.limits(longEdge) ? quality.longEdgePx() : longEdge;
        DecodedPhoto photo;
        try {
            photo = decoder.decode(ref, store, PhotoRequest.longEdge(targetPx));
        } catch (PhotoDecodeException e) {
            // names the photo and says what to do, in the reader's language
            throw new ExportException(null, ExportReason.of(kind(e.reason()), e.photoName()), e);
        }
        EncodedPhoto encoded = PhotoEncoder.encode(photo, quality.jpegQuality());
        return new EncodedPicture(encoded.bytes(), encoded.mediaType(), photo.widthPx(), photo.heightPx());
    }

    private static Kind kind(PhotoDecodeException.Reason reason) {
        return switch (reason) {
            case MISSING -> Kind.PHOTO_MISSING;
            case UNREADABLE -> Kind.PHOTO_UNREADABLE;
            case UNSUPPORTED -> Kind.PHOTO_UNSUPPORTED;
            case TOO_LARGE -> Kind.PHOTO_TOO_LARGE;
            case DAMAGED -> Kind.PHOTO_DAMAGED;
            case CMYK -> Kind.PHOTO_CMYK;
        };
    }

    /**
     * Upright and within the size limit; BMP, which is not compressed, only at original quality.
     */
    static boolean keepsOriginal(MediaRef ref, PhotoQuality quality) {
        boolean bmp = ref.mediaType().equals("image/bmp");
        return ref.exifOrientation() == 1 && !quality.limits(Math.max(ref.widthPx(), ref.heightPx()))
                && (!bmp || quality == PhotoQuality.ORIGINAL);
    }
}
