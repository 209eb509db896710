package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.podium.layout.ImageBox;
import org.podium.layout.SlidePage;
import org.podium.media.DecodedPhoto;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.media.PhotoRequest;
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

/** Decoding ahead: which photos, at which size, in which order; the decoder only counts. */
class PhotoPrefetcherTest {

    private static final double FULL_HD_PX_PER_PT = 2.0; // 960 pt → 1920 px

    private final List<MediaRef> photos = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> decoded = new ConcurrentLinkedQueue<>();
    /** Tasks the "executor" was given, run when the test says so. */
    private final List<Runnable> queued = new ArrayList<>();

    private final MediaStore store = new MediaStore() {
        @Override
        public boolean contains(MediaRef ref) {
            return true;
        }

        @Override
        public InputStream open(MediaRef ref) {
            return new ByteArrayInputStream(new byte[0]);
        }
    };

    private PhotoCache cache(long budgetBytes) {
        return new PhotoCache(budgetBytes, (ref, store, request) -> {
            decoded.add(ref.originalName() + "@" + request.maxWidthPx());
            int w = Math.min(request.maxWidthPx(), ref.displayWidthPx());
            int h = Math.min(request.maxHeightPx(), ref.displayHeightPx());
            return DecodedPhoto.of(w, h, new int[w * h]);
        });
    }

    private List<SlidePage> deck(int slides) {
        List<Slide> list = new ArrayList<>();
        for (int i = 0; i < slides; i++) {
            MediaRef ref = new MediaRef(String.format("%064x", i + 1), "p" + i + ".jpg", "image/jpeg", 4000, 3000, 1);
            photos.add(ref);
            list.add(new Slide(new SlideId("s" + i), new SinglePhoto(Photo.of(ref)), "", null));
        }
        Programme programme = new Programme("相片", "", LocalDate.of(2021, 6, 23), "", "", LocalTime.NOON,
                Language.ZH_HANT, Programme.DEFAULT_THEME, SlideFormat.WIDE_16_9,
                List.of(new Segment(new SegmentId("m"), SegmentKind.PHOTO_MONTAGE, "剪影", List.of(), null, "", list)));
        return Decks.pages(programme);
    }

    private List<String> decodedNames() {
        return decoded.stream().map(s -> s.substring(0, s.indexOf('@'))).collect(Collectors.toList());
    }

    @Test
    void requestsAreTheSizesTheRendererAsksFor() {
        List<SlidePage> pages = deck(1);
        ImageBox box = pages.get(0).layout().imageBoxes().get(0);
        PagePhotos.Need need = PagePhotos.of(pages.get(0), FULL_HD_PX_PER_PT).get(0);
        int wholeWidth = (int) Math.ceil(box.rect().widthPt() * FULL_HD_PX_PER_PT / box.crop().width());
        int wholeHeight = (int) Math.ceil(box.rect().heightPt() * FULL_HD_PX_PER_PT / box.crop().height());
        assertThat(need.request()).isEqualTo(PhotoRequest.cover(wholeWidth, wholeHeight));
        assertThat(need.media()).isEqualTo(photos.get(0));
    }

    @Test
    void decodesTheCurrentPageThenThreeAheadThenTheOneBehind() {
        List<SlidePage> pages = deck(10);
        PhotoPrefetcher prefetcher = new PhotoPrefetcher(cache(PhotoCache.DEFAULT_BUDGET_BYTES), store, queued::add);
        prefetcher.prefetch(pages, 4, FULL_HD_PX_PER_PT);
        assertThat(decoded).as("nothing decodes on the calling thread").isEmpty();
        queued.forEach(Runnable::run);
        assertThat(decodedNames()).containsExactly("p4.jpg", "p5.jpg", "p6.jpg", "p7.jpg", "p3.jpg");
        assertThat(prefetcher.ready(pages.get(5), FULL_HD_PX_PER_PT)).isTrue();
        assertThat(prefetcher.ready(pages.get(8), FULL_HD_PX_PER_PT)).isFalse();
    }

    @Test
    void movingOnDecodesOnlyWhatIsNew() {
        List<SlidePage> pages = deck(10);
        PhotoPrefetcher prefetcher = new PhotoPrefetcher(cache(PhotoCache.DEFAULT_BUDGET_BYTES), store, Runnable::run);
        prefetcher.prefetch(pages, 0, FULL_HD_PX_PER_PT);
        decoded.clear();
        prefetcher.prefetch(pages, 1, FULL_HD_PX_PER_PT);
        assertThat(decodedNames()).containsExactly("p4.jpg");
    }

    @Test
    void memoryStaysWithinTheCacheBudgetHoweverLongTheDeck() {
        List<SlidePage> pages = deck(150);
        long budget = PhotoPrefetcher.PRESENTER_BUDGET_BYTES;
        PhotoCache cache = cache(budget);
        PhotoPrefetcher prefetcher = new PhotoPrefetcher(cache, store, Runnable::run);
        for (int i = 0; i < pages.size(); i++) {
            prefetcher.prefetch(pages, i, FULL_HD_PX_PER_PT);
            assertThat(cache.stats().usedBytes()).isLessThanOrEqualTo(budget);
            assertThat(prefetcher.ready(pages.get(i), FULL_HD_PX_PER_PT)).isTrue();
        }
        assertThat(cache.stats().evictions()).isPositive();
        assertThat(decoded).as("each photo decoded once, at one size").hasSize(150).allMatch(d -> d.endsWith("@1920"));
    }
}
