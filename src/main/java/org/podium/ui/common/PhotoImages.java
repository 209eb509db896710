package org.podium.ui.common;

import java.nio.IntBuffer;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.podium.media.DecodedPhoto;

/**
 * JavaFX images of decoded photos for the editor's small pictures (the photo library, the picture
 * chooser), made once per decoded photo. Used on the UI thread.
 */
public final class PhotoImages {

    /** Weak keys: an image goes when nobody holds its decoded photo any more. */
    private final Map<DecodedPhoto, Image> images = new WeakHashMap<>();

    /**
     * An image over the decoded pixels without copying them: both use premultiplied ARGB ints, and
     * a decoded photo is never written to, so sharing its array is safe.
     */
    public Image of(DecodedPhoto photo) {
        return images.computeIfAbsent(photo, p -> new WritableImage(new PixelBuffer<>(p.widthPx(), p.heightPx(),
                IntBuffer.wrap(p.argbPre()), PixelFormat.getIntArgbPreInstance())));
    }
}
