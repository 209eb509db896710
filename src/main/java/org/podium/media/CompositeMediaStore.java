package org.podium.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.podium.model.MediaRef;

/**
 * Several stores seen as one, asked in order: an editing session combines the opened file's
 * photos with photos imported since.
 */
public final class CompositeMediaStore implements MediaStore {

    private final List<MediaStore> stores;

    public CompositeMediaStore(List<MediaStore> stores) {
        this.stores = List.copyOf(Objects.requireNonNull(stores, "stores"));
    }

    public static CompositeMediaStore of(MediaStore... stores) {
        return new CompositeMediaStore(List.of(stores));
    }

    @Override
    public boolean contains(MediaRef ref) {
        for (MediaStore store : stores) {
            if (store.contains(ref)) {
                return true;
            }
        }
        return false;
    }

    /** Opens the photo from the first store that has it. */
    @Override
    public InputStream open(MediaRef ref) throws IOException {
        for (MediaStore store : stores) {
            if (store.contains(ref)) {
                return store.open(ref);
            }
        }
        throw new IOException("no media stored for " + ref.originalName() + " (" + ref.sha256() + ")");
    }
}
