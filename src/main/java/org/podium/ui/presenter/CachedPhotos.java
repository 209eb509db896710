package org.podium.ui.presenter;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.podium.media.DecodedPhoto;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.media.PhotoDecodeException;
import org.podium.media.PhotoRequest;
import org.podium.model.MediaRef;
import org.podium.render.PhotoSource;

/**
 * Photos for drawing on the JavaFX thread without waiting: a photo already decoded is returned, a
 * photo that failed to decode gives the renderer's placeholder, and a photo not decoded yet is
 * drawn as nothing (a transparent pixel) while its decode runs in the background; the presenter
 * draws the slide again when it arrives.
 */
public final class CachedPhotos implements PhotoSource {

    /** Drawn for a photo still decoding: one transparent pixel, scaled into the box, shows nothing. */
    static final DecodedPhoto NOTHING = DecodedPhoto.of(1, 1, new int[1]);

    private final PhotoCache cache;
    private final MediaStore store;
    private final Executor decoder;
    private final double requestScale;

    /**
     * @param decoder      background threads a missing photo is decoded on
     * @param requestScale factor from the size asked for to the size decoded: a console preview
     *                     drawn at a fifth of the audience's scale passes 5 and so shows the
     *                     audience's photos instead of decoding its own
     */
    public CachedPhotos(PhotoCache cache, MediaStore store, Executor decoder, double requestScale) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.store = Objects.requireNonNull(store, "store");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        if (!(requestScale > 0)) {
            throw new IllegalArgumentException("request scale must be positive, was " + requestScale);
        }
        this.requestScale = requestScale;
    }

    @Override
    public DecodedPhoto photo(MediaRef media, PhotoRequest request) throws PhotoDecodeException {
        PhotoRequest scaled = requestScale == 1 ? request
                : PagePhotos.request(request.maxWidthPx() * requestScale, request.maxHeightPx() * requestScale);
        CompletableFuture<DecodedPhoto> future = cache.getAsync(media, store, scaled, decoder);
        if (!future.isDone()) {
            return NOTHING;
        }
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PhotoDecodeException failure) {
                throw failure;
            }
            return NOTHING; // not the photo's fault: the next drawing asks again
        }
    }

    /** True for the stand-in drawn while a photo decodes. */
    static boolean isNothing(DecodedPhoto photo) {
        return photo == NOTHING;
    }
}
