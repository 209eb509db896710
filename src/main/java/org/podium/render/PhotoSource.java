package org.podium.render;

import org.podium.media.DecodedPhoto;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.media.PhotoDecodeException;
import org.podium.media.PhotoRequest;
import org.podium.model.MediaRef;

/**
 * Supplies the pictures a slide shows, decoded for the size they are drawn at (EXIF orientation
 * applied, never larger than the request needs). It may be called on any thread, so a slide built
 * in the background decodes there, never on the JavaFX thread.
 */
@FunctionalInterface
public interface PhotoSource {

    /**
     * The whole picture as displayed, decoded to cover {@code request}.
     *
     * @throws PhotoDecodeException naming the photo when it is missing, unreadable or too large
     */
    DecodedPhoto photo(MediaRef media, PhotoRequest request) throws PhotoDecodeException;

    /** Photos from {@code store}, decoded through (and kept in) {@code cache}. */
    static PhotoSource of(PhotoCache cache, MediaStore store) {
        return (media, request) -> cache.get(media, store, request);
    }
}
