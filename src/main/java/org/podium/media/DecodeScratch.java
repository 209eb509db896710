package org.podium.media;

import java.awt.image.BufferedImage;
import java.lang.ref.SoftReference;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;

/**
 * Destination pictures that JPEG decoding reuses instead of allocating one per photo. A decoded
 * camera photo is 10–40 MB of bytes that live a few tens of milliseconds; allocated fresh each
 * time, every one is a G1 "humongous" object that goes straight to the old generation and can
 * start a concurrent collection, which is what the presenter's key-to-slide tail was made of
 * (see BENCHMARKS.md). Reused, a decode only allocates its result.
 *
 * <p>A borrowed picture is at least as large as asked and of the asked type; the decoder writes
 * its top-left corner and reads it through {@link BufferedImage#getSubimage}. At most
 * {@link #KEPT} pictures are kept, softly referenced, so memory pressure can still take them.
 * Thread-safe.
 */
final class DecodeScratch {

    /** Larger decodes get a picture of their own: a scratch that size would be kept for nothing. */
    static final long MAX_PIXELS = 12_000_000L;
    /** One per decoding thread in the presenter and the exporter (two on a two-core machine). */
    static final int KEPT = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final Deque<SoftReference<BufferedImage>> free = new ArrayDeque<>();

    /**
     * A picture of {@code imageType} at least {@code widthPx} × {@code heightPx}, reused when one
     * is free and large enough; null when the size is over {@link #MAX_PIXELS}.
     */
    BufferedImage borrow(int imageType, int widthPx, int heightPx) {
        if ((long) widthPx * heightPx > MAX_PIXELS) {
            return null;
        }
        int keptWidth = 0;
        int keptHeight = 0;
        synchronized (free) {
            for (Iterator<SoftReference<BufferedImage>> it = free.iterator(); it.hasNext(); ) {
                BufferedImage image = it.next().get();
                if (image == null) {
                    it.remove();
                } else if (image.getType() == imageType) {
                    if (image.getWidth() >= widthPx && image.getHeight() >= heightPx) {
                        it.remove();
                        return image;
                    }
                    keptWidth = Math.max(keptWidth, image.getWidth());
                    keptHeight = Math.max(keptHeight, image.getHeight());
                }
            }
        }
        // grown to cover what was kept as well, so landscape and portrait photos share one size
        int w = Math.max(widthPx, keptWidth);
        int h = Math.max(heightPx, keptHeight);
        if ((long) w * h > MAX_PIXELS) {
            w = widthPx;
            h = heightPx;
        }
        return new BufferedImage(w, h, imageType);
    }

    /** Returns a picture from {@link #borrow} for the next decode; the smallest goes when too many are kept. */
    void giveBack(BufferedImage image) {
        synchronized (free) {
            free.removeIf(ref -> ref.get() == null);
            free.addFirst(new SoftReference<>(image));
            while (free.size() > KEPT) {
                free.remove(free.stream().min(Comparator.comparingLong(DecodeScratch::area)).orElseThrow());
            }
        }
    }

    /** Pixels of a kept picture; 0 once memory pressure took it. */
    private static long area(SoftReference<BufferedImage> ref) {
        BufferedImage image = ref.get();
        return image == null ? 0 : (long) image.getWidth() * image.getHeight();
    }

    /** Pictures kept now. */
    int size() {
        synchronized (free) {
            free.removeIf(ref -> ref.get() == null);
            return free.size();
        }
    }
}
