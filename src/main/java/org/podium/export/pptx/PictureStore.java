package org.podium.export.pptx;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.podium.model.MediaRef;

/**
 * The deck's pictures: each distinct photo (by SHA-256) is encoded and stored once, on first use,
 * and every slide showing it refers to that one part with its own crop. Pictures are added to the
 * deck in order of first use, so their part names are the same run to run whichever worker of the
 * {@link PictureQueue} finished first. JPEG, PNG and GIF pictures are listed for {@link DeckZip}
 * to store without deflating.
 */
final class PictureStore {

    private final XMLSlideShow deck;
    private final PictureQueue queue;
    private final Map<String, XSLFPictureData> stored = new HashMap<>();
    private final Map<String, DeckZip.Stored> undeflated = new HashMap<>();

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
            if (!"bmp".equals(MediaRef.extensionFor(picture.mediaType()))) {
                CRC32 crc = new CRC32();
                crc.update(picture.bytes());
                // the zip's entry names are the part names without their leading slash
                String entry = data.getPackagePart().getPartName().getName().substring(1);
                undeflated.put(entry, new DeckZip.Stored(picture.bytes().length, crc.getValue()));
            }
        }
        return data;
    }

    /** The pictures to store in the zip without deflating them, by entry name. */
    Map<String, DeckZip.Stored> undeflated() {
        return undeflated;
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
