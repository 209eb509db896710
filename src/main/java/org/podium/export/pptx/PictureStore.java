package org.podium.export.pptx;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.podium.model.MediaRef;

/**
 * The deck's pictures: each distinct photo (by SHA-256) is encoded and stored once, on first use,
 * and every slide showing it refers to that one part with its own crop. Pictures are added to the
 * deck in order of first use, so their part names are the same run to run whichever worker of the
 * {@link PictureQueue} finished first.
 */
final class PictureStore {

    private final XMLSlideShow deck;
    private final PictureQueue queue;
    private final Map<String, XSLFPictureData> stored = new HashMap<>();

    PictureStore(XMLSlideShow deck, PictureQueue queue) {
        this.deck = deck;
        this.queue = queue;
    }

    XSLFPictureData picture(MediaRef ref) throws IOException {
        XSLFPictureData data = stored.get(ref.sha256());
        if (data == null) {
            EncodedPicture picture = queue.take(ref);
            data = deck.addPicture(picture.bytes(), type(picture.mediaType()));
            PictureSizes.prime(data, picture);
            stored.put(ref.sha256(), data);
        }
        return data;
    }

    private static PictureType type(String mediaType) {
        return switch (MediaRef.extensionFor(mediaType)) {
            case "png" -> PictureType.PNG;
            case "gif" -> PictureType.GIF;
            case "bmp" -> PictureType.BMP;
            default -> PictureType.JPEG;
        };
    }
}
