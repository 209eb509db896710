package org.podium.media;

import java.io.IOException;
import java.io.InputStream;
import org.podium.model.MediaRef;

/**
 * Where the bytes of a programme's photos live: inside an opened {@code .podium} file, in files
 * just imported from disk, or both. Bytes are streamed, never required to fit in memory.
 */
public interface MediaStore {

    /** True when this store can supply the bytes of {@code ref}. */
    boolean contains(MediaRef ref);

    /** A fresh stream over the photo's stored bytes; the caller closes it. */
    InputStream open(MediaRef ref) throws IOException;

    /** A store with no media, for programmes without photos. */
    static MediaStore empty() {
        return new MediaStore() {
            @Override
            public boolean contains(MediaRef ref) {
                return false;
            }

            @Override
            public InputStream open(MediaRef ref) throws IOException {
                throw new IOException("no media stored for " + ref.originalName() + " (" + ref.sha256() + ")");
            }
        };
    }
}
