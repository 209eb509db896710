package org.podium.ui.presenter;

import java.nio.IntBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.podium.media.DecodedPhoto;
import org.podium.media.PhotoCache;
import org.podium.model.MediaRef;

/**
 * Pictures for drawing on the JavaFX thread, taken from the photo cache only: a photo not decoded
 * yet is drawn as nothing (a transparent picture) and the slide is drawn again when it arrives, so
 * drawing never waits for a decode.
 *
 * <p>A decoded photo becomes a JavaFX image without copying its pixels (a {@link PixelBuffer} over
 * the same premultiplied ARGB array); the image is kept as long as the cache keeps the photo, so
 * the texture is not uploaded again on every redraw.
 */
public final class CachedPhotos {

    private static final Image NOTHING = new WritableImage(1, 1);

    private final PhotoCache cache;
    private final double requestScale;
    /** Keyed by identity (DecodedPhoto keeps Object's equals); entries go when the cache drops the photo. */
    private final Map<DecodedPhoto, Image> images = new WeakHashMap<>();

    /**
     * @param cache        where photos are decoded ahead
     * @param requestScale factor from the size asked for to the size decoded: a console preview
     *                     drawn at a fifth of the audience's scale passes 5 and reuses the
     *                     audience's photos instead of decoding its own
     */
    public CachedPhotos(PhotoCache cache, double requestScale) {
        this.cache = Objects.requireNonNull(cache, "cache");
        if (!(requestScale > 0)) {
            throw new IllegalArgumentException("request scale must be positive, was " + requestScale);
        }
        this.requestScale = requestScale;
    }

    /** The picture at about {@code widthPx × heightPx} if decoded, else a transparent 1 × 1 picture. */
    public Image picture(MediaRef media, int widthPx, int heightPx) {
        return find(media, widthPx, heightPx).orElse(NOTHING);
    }

    /** The picture if it is decoded already. */
    public Optional<Image> find(MediaRef media, int widthPx, int heightPx) {
        return cache.peek(media, PagePhotos.request(widthPx * requestScale, heightPx * requestScale))
                .map(photo -> images.computeIfAbsent(photo, CachedPhotos::image));
    }

    static Image image(DecodedPhoto photo) {
        PixelBuffer<IntBuffer> pixels = new PixelBuffer<>(photo.widthPx(), photo.heightPx(),
                IntBuffer.wrap(photo.argbPre()), PixelFormat.getIntArgbPreInstance());
        return new WritableImage(pixels);
    }
}
