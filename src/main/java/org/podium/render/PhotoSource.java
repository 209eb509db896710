package org.podium.render;

import java.io.IOException;
import javafx.scene.image.Image;
import org.podium.model.MediaRef;

/**
 * Supplies the pictures a slide shows, decoded for the size they are drawn at. An implementation
 * may cache; it may be called on any thread, so a renderer building a slide in the background
 * decodes there, never on the JavaFX thread.
 */
@FunctionalInterface
public interface PhotoSource {

    /**
     * The whole picture as displayed (EXIF orientation applied), decoded at about
     * {@code widthPx × heightPx} and never larger than the picture itself: the renderer asks for the
     * size at which the shown region fills its box pixel for pixel.
     *
     * @throws IOException naming the photo when it is missing, unreadable or too large to decode
     */
    Image picture(MediaRef media, int widthPx, int heightPx) throws IOException;
}
