package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.podium.layout.SlidePage;
import org.podium.media.DecodedPhoto;
import org.podium.media.PhotoCache;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideFormat;
import org.podium.model.SlideId;

/**
 * 1,000 jumps over a programme of 150 photos, making the requests the presenter makes per page
 * shown (decoding ahead at the audience's size, the console's two previews, and drawing through
 * {@link CachedPhotos}) while the decoder lags behind by a random amount: the cache's bytes never
 * exceed its budget, the decode queue never grows past one job per photo and size however many
 * jumps were made, and once the decoder catches up the page on show draws its photo.
 */
class PhotoMemoryStressTest {

    private static final int PHOTOS = 150;
    private static final int JUMPS = 1_000;
    /** A 960 × 540 px audience screen: one pixel per point. */
    private static final double AUDIENCE_PX_PER_PT = 1.0;
    /** Sizes a page is asked for at: the audience, the console's current and next previews. */
    private static final double[] SCALES = {AUDIENCE_PX_PER_PT, PresenterConsoleView.CURRENT_WIDTH_PX / 960,
            PresenterConsoleView.NEXT_WIDTH_PX / 960};
    /** A quarter of the presenter's budget, for a screen a quarter the size of full HD. */
    private static final long BUDGET_BYTES = PhotoPrefetcher.PRESENTER_BUDGET_BYTES / 4;

    private final List<Runnable> queue = new ArrayList<>();
    private final AtomicInteger decodes = new AtomicInteger();
    private final PhotoCache cache = new PhotoCache(BUDGET_BYTES, (ref, store, request) -> {
        decodes.incrementAndGet();
        int w = Math.min(request.maxWidthPx(), ref.displayWidthPx());
        int h = Math.max(1, w * 3 / 4);
        return DecodedPhoto.of(w, h, new int[w * h]);
    });

    private static List<SlidePage> deck() {
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < PHOTOS; i++) {
            MediaRef ref = new MediaRef(String.format("%064x", i + 1), "p" + i + ".jpg", "image/jpeg", 4000, 3000, 1);
            slides.add(new Slide(new SlideId("s" + i), new SinglePhoto(Photo.of(ref)), "", null));
        }
        Programme programme = new Programme("相片", "", LocalDate.of(2021, 6, 23), "", "", LocalTime.NOON,
                Language.ZH_HANT, Programme.DEFAULT_THEME, SlideFormat.WIDE_16_9,
                List.of(new Segment(new SegmentId("m"), SegmentKind.AWARD, "頒獎", List.of(), null, "", slides)));
        return Decks.pages(programme);
    }

    @Test
    void cacheAndDecodeQueueStayBoundedOverAThousandJumps() throws Exception {
        List<SlidePage> pages = deck();
        PhotoPrefetcher prefetcher = new PhotoPrefetcher(cache, StressDecks.STORE, queue::add);
        CachedPhotos audience = new CachedPhotos(cache, StressDecks.STORE, queue::add, 1);
        Random random = new Random(150_1000L);
        int index = 0;
        long maxUsedBytes = 0;
        int maxQueued = 0;
        for (int jump = 0; jump < JUMPS; jump++) {
            int pick = random.nextInt(10);
            index = pick < 6 ? Math.min(index + 1, PHOTOS - 1) : pick < 7 ? Math.max(index - 1, 0) : random.nextInt(PHOTOS);
            show(pages, index, prefetcher, audience);
            int catchUp = jump % 100 == 99 ? queue.size() : random.nextInt(7);
            runQueued(catchUp);
            maxUsedBytes = Math.max(maxUsedBytes, cache.stats().usedBytes());
            maxQueued = Math.max(maxQueued, queue.size());
            assertThat(cache.stats().usedBytes()).as("bytes after jump %d", jump).isLessThanOrEqualTo(BUDGET_BYTES);
        }
        runQueued(queue.size());

        assertThat(maxQueued).as("decodes waiting at once: at most one per photo and size")
                .isLessThanOrEqualTo(PHOTOS * SCALES.length);
        assertThat(cache.stats().entries()).isLessThanOrEqualTo(PHOTOS * SCALES.length);
        assertThat(cache.stats().evictions()).as("the budget was reached and kept").isPositive();
        assertThat(decodes.get()).as("every decode was a miss, none repeated while queued")
                .isLessThanOrEqualTo((int) cache.stats().misses());
        assertThat(maxUsedBytes).isLessThanOrEqualTo(BUDGET_BYTES);
        SlidePage shown = pages.get(index);
        assertThat(prefetcher.ready(shown, AUDIENCE_PX_PER_PT)).isTrue();
        PagePhotos.Need need = PagePhotos.of(shown, AUDIENCE_PX_PER_PT).get(0);
        assertThat(CachedPhotos.isNothing(audience.photo(need.media(), need.request())))
                .as("the page on show draws its photo").isFalse();
    }

    /**
     * The decoder runs only what the page on show needs before the next jump, so work for pages
     * ahead and left behind piles up; the page on show must still come first: at most its own
     * console preview (asked for on an earlier visit) may run before its photo.
     */
    @Test
    void thePageOnShowIsDecodedFirstHoweverManyDecodesAreWaiting() throws Exception {
        List<SlidePage> pages = deck();
        CurrentPageFirstExecutor decoder = new CurrentPageFirstExecutor(queue::add);
        PhotoPrefetcher prefetcher = new PhotoPrefetcher(cache, StressDecks.STORE, decoder, decoder::forPage);
        CachedPhotos audience = new CachedPhotos(cache, StressDecks.STORE, decoder, 1);
        Random random = new Random(150_1000L);
        int index = 0;
        int maxWaiting = 0;
        int maxBeforeReady = 0;
        for (int jump = 0; jump < JUMPS; jump++) {
            int pick = random.nextInt(10);
            index = pick < 6 ? Math.min(index + 1, PHOTOS - 1) : pick < 7 ? Math.max(index - 1, 0) : random.nextInt(PHOTOS);
            decoder.showing(index);
            show(pages, index, prefetcher, audience);
            maxWaiting = Math.max(maxWaiting, queue.size());
            int ran = 0;
            while (!prefetcher.ready(pages.get(index), AUDIENCE_PX_PER_PT)) {
                runQueued(1);
                ran++;
            }
            maxBeforeReady = Math.max(maxBeforeReady, ran);
        }
        assertThat(maxWaiting).as("decodes waiting at once: the decoder did lag").isGreaterThan(100);
        assertThat(maxBeforeReady).as("decodes run before the photo of the page on show").isLessThanOrEqualTo(2);
    }

    /** What the presenter asks for when page {@code index} comes on: decoding ahead, previews, drawing. */
    private static void show(List<SlidePage> pages, int index, PhotoPrefetcher prefetcher, CachedPhotos audience)
            throws Exception {
        prefetcher.prefetch(pages, index, AUDIENCE_PX_PER_PT);
        prefetcher.request(pages.get(index), SCALES[1]);
        if (index + 1 < pages.size()) {
            prefetcher.request(pages.get(index + 1), SCALES[2]);
        }
        for (PagePhotos.Need need : PagePhotos.of(pages.get(index), AUDIENCE_PX_PER_PT)) {
            audience.photo(need.media(), need.request());
        }
    }

    private void runQueued(int count) {
        for (int i = 0; i < count && !queue.isEmpty(); i++) {
            queue.remove(0).run();
        }
    }
}
