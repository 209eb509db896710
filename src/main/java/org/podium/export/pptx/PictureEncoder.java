package org.podium.export.pptx;

import java.io.IOException;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;

/** Turns a programme's photo into the picture a deck stores. */
@FunctionalInterface
interface PictureEncoder {

    /**
     * @throws IOException naming the photo, when its bytes cannot be read or decoded
     */
    EncodedPicture encode(MediaRef ref, MediaStore store, PhotoQuality quality) throws IOException;
}
