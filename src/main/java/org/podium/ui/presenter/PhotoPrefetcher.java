package org.podium.ui.presenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;
import org.podium.layout.SlidePage;
import org.podium.media.DecodedPhoto;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.ui.common.BackgroundRunner;

/**
 * Decodes the photos of the pages about to be shown, in the background and at screen size, so
 * that moving on finds them in the cache. Nothing here waits: requests go to the executor and the
 * cache keeps memory within its budget however many photos the programme has.
 */
public final class PhotoPrefetcher {

    /** Pages decoded ahead of the one on show. */
    public static final int PAGES_AHEAD = 3;

    /**
     * Cache budget for presenting, in bytes of pixels: the page on show, three ahead and one behind
     * at full HD (about 11 MB per photo filling a 1920 × 1080 slide) with room for photo grids.
     */
    public static final long PRESENTER_BUDGET_BYTES = 96L * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(PhotoPrefetcher.class.getName());

    private final PhotoCache cache;
    private final MediaStore store;
    private final Executor executor;
    private final IntFunction<Executor> executorForPage;

    public PhotoPrefetcher(PhotoCache cache, MediaStore store, Executor executor) {
        this(cache, store, executor, page -> executor);
    }

    /**
     * @param executor        decoding for {@link #request}
     * @param executorForPage decoding for one page of {@link #prefetch}, by 0-based page, so the
     *                        executor may put the page on show first
     */
    PhotoPrefetcher(PhotoCache cache, MediaStore store, Executor executor, IntFunction<Executor> executorForPage) {
        this.cache = Objects.requireNonNull(cache, "cache");
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.executorForPage = Objects.requireNonNull(executorForPage, "executorForPage");
    }

    /**
     * Requests the photos of page {@code index}, then of the {@link #PAGES_AHEAD} after it, then of
     * the one before (going back one is common), in that order.
     *
     * @return the requests for page {@code index} itself, which complete when its photos are decoded
     */
    public List<CompletableFuture<DecodedPhoto>> prefetch(List<SlidePage> pages, int index, double pxPerPt) {
        List<CompletableFuture<DecodedPhoto>> current = request(pages.get(index), pxPerPt, executorForPage.apply(index));
        for (int i = index + 1; i <= index + PAGES_AHEAD && i < pages.size(); i++) {
            request(pages.get(i), pxPerPt, executorForPage.apply(i));
        }
        if (index > 0) {
            request(pages.get(index - 1), pxPerPt, executorForPage.apply(index - 1));
        }
        // the page on show becomes the cache's most recently used, so decoding ahead evicts older pages first
        ready(pages.get(index), pxPerPt);
        return current;
    }

    /** Requests the photos of one page at a scale; the futures complete when each is decoded or failed. */
    public List<CompletableFuture<DecodedPhoto>> request(SlidePage page, double pxPerPt) {
        return request(page, pxPerPt, executor);
    }

    private List<CompletableFuture<DecodedPhoto>> request(SlidePage page, double pxPerPt, Executor executor) {
        List<CompletableFuture<DecodedPhoto>> futures = new ArrayList<>();
        for (PagePhotos.Need need : PagePhotos.of(page, pxPerPt)) {
            if (store.contains(need.media())) {
                futures.add(cache.getAsync(need.media(), store, need.request(), executor));
            }
        }
        return futures;
    }

    /** Decoding through the app's background runner, one job per photo: its threads, no new ones. */
    public static Executor executorOf(BackgroundRunner runner) {
        return task -> runner.run(progress -> {
            task.run();
            return null;
        }, BackgroundRunner.Callback.of(ignored -> { }, e -> LOG.log(System.Logger.Level.WARNING, "decoding ahead failed", e)));
    }

    /** True when every photo page {@code page} needs at this scale is decoded. */
    public boolean ready(SlidePage page, double pxPerPt) {
        for (PagePhotos.Need need : PagePhotos.of(page, pxPerPt)) {
            if (store.contains(need.media()) && cache.peek(need.media(), need.request()).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
