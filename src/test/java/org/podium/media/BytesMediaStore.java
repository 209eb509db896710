package org.podium.media;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.podium.model.MediaRef;

/** Photos held in memory by SHA-256, with no hash check: serves deliberately broken bytes to the decoder. */
final class BytesMediaStore implements MediaStore {

    private final Map<String, byte[]> bytesBySha256 = new ConcurrentHashMap<>();

    /** Stores {@code bytes} and returns a reference claiming the given type and stored size. */
    MediaRef put(String name, String mediaType, int widthPx, int heightPx, byte[] bytes) {
        MediaRef ref = new MediaRef(Sha256.of(bytes), name, mediaType, widthPx, heightPx, 1);
        bytesBySha256.put(ref.sha256(), bytes);
        return ref;
    }

    @Override
    public boolean contains(MediaRef ref) {
        return bytesBySha256.containsKey(ref.sha256());
    }

    @Override
    public InputStream open(MediaRef ref) {
        return new ByteArrayInputStream(bytesBySha256.get(ref.sha256()));
    }
}
