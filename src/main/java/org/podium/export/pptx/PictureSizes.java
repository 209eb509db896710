package org.podium.export.pptx;

import java.awt.Dimension;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XSLFPictureData;

/**
 * Gives POI a picture's size and checksum before it asks for them. POI works both out by decoding
 * the whole picture with ImageIO ({@code XSLFPictureData.cacheProperties}), on the exporting
 * thread, the first time a slide shows it or another picture is added: 20–60 ms a photo, most of
 * a deck's export time once its pictures are made (see BENCHMARKS.md). The encoder knows the size
 * already, so it is set in POI's own fields, exactly as POI would compute it.
 *
 * <p>The fields are private to POI; if a POI version renames them, nothing is set and POI decodes
 * as before (slower, the same deck). {@code PictureSizesTest} fails when that happens.
 */
final class PictureSizes {

    private static final System.Logger LOG = System.getLogger(PictureSizes.class.getName());
    private static final Field SIZE = field("origSize");
    private static final Field CHECKSUM = field("checksum");

    private PictureSizes() {
    }

    /** True when sizes can be given to this POI version. */
    static boolean available() {
        return SIZE != null && CHECKSUM != null;
    }

    /**
     * Sets {@code data}'s size from {@code picture}, whose bytes it holds, in points at 96 pixels
     * an inch, and its checksum; does nothing when POI has them already.
     */
    static void prime(XSLFPictureData data, EncodedPicture picture) {
        if (!available()) {
            return;
        }
        try {
            if (SIZE.get(data) != null && CHECKSUM.get(data) != null) {
                return;
            }
            // as ImageHeaderBitmap and XMLSlideShow.findPictureData compute them
            SIZE.set(data, new Dimension((int) Units.pixelToPoints(picture.widthPx()),
                    (int) Units.pixelToPoints(picture.heightPx())));
            CHECKSUM.set(data, IOUtils.calculateChecksum(picture.bytes()));
        } catch (IllegalAccessException | RuntimeException e) {
            LOG.log(Level.DEBUG, "cannot give POI the picture's size; it decodes the picture itself", e);
        }
    }

    private static Field field(String name) {
        try {
            Field field = XSLFPictureData.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.DEBUG, "POI's XSLFPictureData has no field " + name + "; pictures are sized by POI", e);
            return null;
        }
    }
}
