package org.podium.export.pptx;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.podium.export.ExportException;
import org.podium.export.ExportReason;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;

/**
 * Encodes a deck's distinct photos on a few worker threads, ahead of the slides that show them,
 * while the exporting thread writes slide XML. Photos are started in the order the deck first
 * uses them and at most {@code window} finished pictures wait to be taken, so memory stays bounded
 * however long the deck is. Which thread encodes a photo changes nothing in its bytes, and the
 * deck adds each picture when a slide first asks for it, so the file is the same run to run.
 *
 * <p>Workers check {@code cancelled} before each photo; {@link #close()} stops the rest. Used by
 * one exporting thread.
 */
final class PictureQueue implements AutoCloseable {

    /**
     * Heap a worker may need for one photo at the decode limit: 40 MP as a decoded 3-byte raster
     * plus premultiplied ints (280 MB), rounded up. Workers are limited so that they all fit in
     * half the heap.
     */
    static final long HEAP_PER_WORKER_BYTES = 320L * 1024 * 1024;

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final MediaStore media;
    private final PictureEncoder encoder;
    private final PhotoQuality quality;
    private final BooleanSupplier cancelled;
    private final ExecutorService workers;
    private final int window;
    private final Deque<MediaRef> waiting;
    private final Map<String, Future<EncodedPicture>> started = new HashMap<>();

    /**
     * @param firstUse the distinct photos, in the order the deck first shows them
     * @param threads  worker threads, at least 1
     */
    PictureQueue(List<MediaRef> firstUse, MediaStore media, PictureEncoder encoder, PhotoQuality quality,
                 int threads, BooleanSupplier cancelled) {
        if (threads < 1) {
            throw new IllegalArgumentException("a picture queue needs at least one thread, was " + threads);
        }
        this.media = Objects.requireNonNull(media, "media");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.quality = Objects.requireNonNull(quality, "quality");
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
        this.waiting = new ArrayDeque<>(firstUse);
        this.window = 4 * threads;
        this.workers = Executors.newFixedThreadPool(threads,
                WorkerThreads.named("pptx-pictures-" + POOLS.incrementAndGet()));
        fill();
    }

    /**
     * Worker threads for this machine: one per processor, fewer when the heap could not hold that
     * many photos being decoded at once.
     */
    static int threadsFor(Runtime runtime) {
        long byHeap = runtime.maxMemory() / 2 / HEAP_PER_WORKER_BYTES;
        return (int) Math.max(1, Math.min(runtime.availableProcessors(), byHeap));
    }

    /**
     * The picture for {@code ref}, waiting for its worker if need be; a photo the queue was not
     * given is encoded on the calling thread.
     *
     * @throws IOException           naming the photo, when it cannot be read or decoded
     * @throws CancellationException when the export was cancelled meanwhile
     */
    EncodedPicture take(MediaRef ref) throws IOException {
        Future<EncodedPicture> future = started.remove(ref.sha256());
        if (future == null && waiting.removeIf(queued -> queued.sha256().equals(ref.sha256()))) {
            future = start(ref);
        }
        if (future == null) {
            return encoder.encode(ref, media, quality);
        }
        fill();
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for " + ref.originalName());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new ExportException(null, ExportReason.of(ExportReason.Kind.PHOTO_FAILED, ref.originalName(), cause),
                    cause);
        }
    }

    /** Stops the workers; photos being decoded finish in the background and are dropped. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    private void fill() {
        while (started.size() < window && !waiting.isEmpty()) {
            MediaRef next = waiting.poll();
            started.put(next.sha256(), start(next));
        }
    }

    private Future<EncodedPicture> start(MediaRef ref) {
        return workers.submit(() -> {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("export cancelled before " + ref.originalName() + " was encoded");
            }
            return encoder.encode(ref, media, quality);
        });
    }
}
