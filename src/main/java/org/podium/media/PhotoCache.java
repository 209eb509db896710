package org.podium.media;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.podium.model.MediaRef;

/**
 * Decoded photos kept for reuse, within a budget of bytes of pixels, least recently used evicted
 * first. Shared by the threads that show photos and the one that decodes ahead (the presenter
 * decodes the next slides' photos in the background while the FX thread draws).
 *
 * <p>Entries are keyed by photo (SHA-256) and size bucket: a request's needed long edge is
 * rounded up to a ladder ({@link #LADDER_PX}), so a thumbnail and a full-screen view get separate
 * entries while a 1600- and a 1900-pixel view share one. A returned photo can thus be up to one
 * ladder step larger than requested (never larger than the photo); the renderer scales it down as
 * it draws. A request for the photo's full size or more shares one "whole photo" entry.
 *
 * <p>Concurrency: the map is touched under one lock, never held while decoding. The first request
 * for a key decodes it on its own thread (or the executor given); requests for the same key meanwhile
 * wait for that one decode; requests for other keys do not wait. A failed decode is kept too (a
 * broken photo is not re-read on every frame) until {@link #evict} or {@link #clear}.
 */
public final class PhotoCache {

    /** Default budget: 256 MiB of pixels, about 32 full-HD photos or 800 thumbnails. */
    public static final long DEFAULT_BUDGET_BYTES = 256L * 1024 * 1024;

    /** Long edges, in pixels, that requests are rounded up to; beyond the last, multiples of it. */
    static final int[] LADDER_PX = {256, 512, 1024, 1920, 2560, 3840};

    /** What a kept failure is charged, so many broken photos still get evicted eventually. */
    private static final long FAILURE_BYTES = 1024;

    /** Decodes one photo; {@link PhotoDecoder#decode} in production, counted or blocked in tests. */
    @FunctionalInterface
    public interface Decoder {
        DecodedPhoto decode(MediaRef ref, MediaStore store, PhotoRequest request) throws PhotoDecodeException;
    }

    /** A snapshot of the cache's use; hits and misses count requests since creation. */
    public record Stats(long usedBytes, long budgetBytes, int entries, long hits, long misses, long evictions) {
    }

    private record Key(String sha256, int bucketPx) {
    }

    private static final class Entry {
        final CompletableFuture<DecodedPhoto> future = new CompletableFuture<>();
        /** Bytes charged to the budget; 0 while decoding. */
        long sizeBytes;
    }

    private final long budgetBytes;
    private final Decoder decoder;
    private final Object lock = new Object();
    /** Access-ordered: iteration starts at the least recently used. Guarded by {@link #lock}. */
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long usedBytes;
    private long hits;
    private long misses;
    private long evictions;

    /** A cache of {@link #DEFAULT_BUDGET_BYTES} over a {@link PhotoDecoder} with default limits. */
    public PhotoCache() {
        this(DEFAULT_BUDGET_BYTES, new PhotoDecoder()::decode);
    }

    public PhotoCache(long budgetBytes, Decoder decoder) {
        if (budgetBytes < 1) {
            throw new IllegalArgumentException("a photo cache needs a budget of at least 1 byte, was " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * The photo decoded for at least {@code request}: from the cache, by waiting for a decode of
     * the same entry already running, or by decoding it on this thread.
     */
    public DecodedPhoto get(MediaRef ref, MediaStore store, PhotoRequest request) throws PhotoDecodeException {
        Key key = key(ref, request);
        Entry entry;
        boolean mine;
        synchronized (lock) {
            entry = entries.get(key);
            mine = entry == null;
            if (mine) {
                entry = new Entry();
                entries.put(key, entry);
                misses++;
            } else {
                hits++;
            }
        }
        if (mine) {
            decodeInto(key, entry, ref, store);
        }
        return await(entry.future);
    }

    /**
     * Like {@link #get} but decoding on {@code executor}: for decoding ahead. The future fails with
     * {@link PhotoDecodeException} when the photo cannot be decoded. Each caller gets its own
     * future: cancelling it abandons the wait, not the decode other requests share.
     */
    public CompletableFuture<DecodedPhoto> getAsync(MediaRef ref, MediaStore store, PhotoRequest request,
                                                    Executor executor) {
        Key key = key(ref, request);
        Entry entry;
        synchronized (lock) {
            entry = entries.get(key);
            if (entry != null) {
                hits++;
                return entry.future.copy();
            }
            entry = new Entry();
            entries.put(key, entry);
            misses++;
        }
        Entry created = entry;
        try {
            executor.execute(() -> decodeInto(key, created, ref, store));
        } catch (RuntimeException e) {
            forget(key, created);
            created.future.completeExceptionally(e);
            throw e;
        }
        return created.future.copy();
    }

    /** The photo for {@code request} if it is decoded already; never waits. For drawing on the FX thread. */
    public Optional<DecodedPhoto> peek(MediaRef ref, PhotoRequest request) {
        Key key = key(ref, request);
        Entry entry;
        synchronized (lock) {
            entry = entries.get(key);
        }
        if (entry == null || !entry.future.isDone() || entry.future.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(entry.future.join());
    }

    /** Forgets every size of {@code ref}, e.g. after the photo was replaced or a failure should be retried. */
    public void evict(MediaRef ref) {
        synchronized (lock) {
            Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Key, Entry> e = it.next();
                if (e.getKey().sha256().equals(ref.sha256())) {
                    usedBytes -= e.getValue().sizeBytes;
                    it.remove();
                }
            }
        }
    }

    public void clear() {
        synchronized (lock) {
            entries.clear();
            usedBytes = 0;
        }
    }

    public Stats stats() {
        synchronized (lock) {
            return new Stats(usedBytes, budgetBytes, entries.size(), hits, misses, evictions);
        }
    }

    /**
     * The long edge the cache decodes {@code neededLongEdgePx} at: the first ladder step that is
     * at least as long, or beyond the ladder the next multiple of its last step.
     */
    static int bucketLongEdgePx(int neededLongEdgePx) {
        for (int step : LADDER_PX) {
            if (neededLongEdgePx <= step) {
                return step;
            }
        }
        int last = LADDER_PX[LADDER_PX.length - 1];
        return (int) Math.min(Integer.MAX_VALUE, ((long) neededLongEdgePx + last - 1) / last * last);
    }

    /** 0 stands for the whole photo, which every request at or above its size shares. */
    private static Key key(MediaRef ref, PhotoRequest request) {
        PixelSize displayed = new PixelSize(ref.displayWidthPx(), ref.displayHeightPx());
        int bucket = bucketLongEdgePx(request.targetFor(displayed).longEdgePx());
        return new Key(ref.sha256(), bucket >= displayed.longEdgePx() ? 0 : bucket);
    }

    private void decodeInto(Key key, Entry entry, MediaRef ref, MediaStore store) {
        PhotoRequest request = key.bucketPx() == 0
                ? PhotoRequest.longEdge(Math.max(ref.displayWidthPx(), ref.displayHeightPx()))
                : PhotoRequest.longEdge(key.bucketPx());
        DecodedPhoto photo;
        try {
            photo = decoder.decode(ref, store, request);
        } catch (PhotoDecodeException e) {
            charge(key, entry, FAILURE_BYTES);
            entry.future.completeExceptionally(e);
            return;
        } catch (RuntimeException | Error e) {
            // a bug, not a bad photo: not kept, so the next request tries again
            forget(key, entry);
            entry.future.completeExceptionally(e);
            throw e;
        }
        charge(key, entry, photo.sizeBytes());
        entry.future.complete(photo);
    }

    /** Records the entry's size and evicts least recently used finished entries until within budget. */
    private void charge(Key key, Entry entry, long sizeBytes) {
        synchronized (lock) {
            if (entries.get(key) != entry) {
                return; // evicted or cleared while decoding: the caller still gets its photo
            }
            entry.sizeBytes = sizeBytes;
            usedBytes += sizeBytes;
            Iterator<Entry> it = entries.values().iterator();
            while (usedBytes > budgetBytes && it.hasNext()) {
                Entry eldest = it.next();
                if (eldest.sizeBytes > 0) { // entries still decoding are charged nothing and kept
                    usedBytes -= eldest.sizeBytes;
                    it.remove();
                    evictions++;
                }
            }
        }
    }

    private void forget(Key key, Entry entry) {
        synchronized (lock) {
            entries.remove(key, entry);
        }
    }

    private static DecodedPhoto await(CompletableFuture<DecodedPhoto> future) throws PhotoDecodeException {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PhotoDecodeException decodeFailure) {
                throw decodeFailure;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
