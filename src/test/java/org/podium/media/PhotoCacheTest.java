package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.podium.media.PhotoDecodeException.Reason;
import org.podium.model.MediaRef;

/** A hang (a request blocked by another photo's decode) fails the test instead of stalling the build. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PhotoCacheTest {

    private static final long BYTES_100_BY_100 = 100 * 100 * 4;

    private final Map<String, AtomicInteger> decodesByName = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final MediaStore store = MediaStore.empty();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void repeatedRequestsAreServedFromTheCacheWithoutDecodingAgain() throws Exception {
        PhotoCache cache = new PhotoCache(PhotoCache.DEFAULT_BUDGET_BYTES, this::countingDecode);
        MediaRef ref = ref("合唱.jpg", 4000, 3000);

        DecodedPhoto first = cache.get(ref, store, PhotoRequest.contain(1920, 1080));
        DecodedPhoto second = cache.get(ref, store, PhotoRequest.contain(1920, 1080));
        DecodedPhoto third = cache.get(ref, store, PhotoRequest.contain(1920, 1080));

        assertThat(decodes("合唱.jpg")).isEqualTo(1);
        assertThat(second).isSameAs(first);
        assertThat(third).isSameAs(first);
        assertThat(cache.stats().hits()).isEqualTo(2);
        assertThat(cache.stats().misses()).isEqualTo(1);
    }

    @Test
    void similarSizesShareAnEntryWhileAThumbnailGetsItsOwn() throws Exception {
        PhotoCache cache = new PhotoCache(PhotoCache.DEFAULT_BUDGET_BYTES, this::countingDecode);
        MediaRef ref = ref("大合照.jpg", 6000, 4000);

        DecodedPhoto editor = cache.get(ref, store, PhotoRequest.contain(1600, 900));
        DecodedPhoto projector = cache.get(ref, store, PhotoRequest.contain(1920, 1080));
        DecodedPhoto thumbnail = cache.get(ref, store, PhotoRequest.contain(320, 180));

        assertThat(projector).isSameAs(editor);
        assertThat(projector.size()).isEqualTo(new PixelSize(1920, 1280));
        assertThat(thumbnail.size()).isEqualTo(new PixelSize(512, 341));
        assertThat(decodes("大合照.jpg")).isEqualTo(2);
    }

    @Test
    void everyRequestAtOrAboveThePhotosSizeSharesTheWholePhoto() throws Exception {
        PhotoCache cache = new PhotoCache(PhotoCache.DEFAULT_BUDGET_BYTES, this::countingDecode);
        MediaRef ref = ref("logo.png", 800, 600);

        DecodedPhoto small = cache.get(ref, store, PhotoRequest.contain(1000, 1000));
        DecodedPhoto large = cache.get(ref, store, PhotoRequest.cover(3840, 2160));

        assertThat(large).isSameAs(small);
        assertThat(large.size()).isEqualTo(new PixelSize(800, 600));
        assertThat(decodes("logo.png")).isEqualTo(1);
    }

    @Test
    void requestedLongEdgesRoundUpTheLadder() {
        assertThat(PhotoCache.bucketLongEdgePx(1)).isEqualTo(256);
        assertThat(PhotoCache.bucketLongEdgePx(256)).isEqualTo(256);
        assertThat(PhotoCache.bucketLongEdgePx(257)).isEqualTo(512);
        assertThat(PhotoCache.bucketLongEdgePx(1080)).isEqualTo(1920);
        assertThat(PhotoCache.bucketLongEdgePx(2000)).isEqualTo(2560);
        assertThat(PhotoCache.bucketLongEdgePx(3840)).isEqualTo(3840);
        assertThat(PhotoCache.bucketLongEdgePx(3841)).isEqualTo(7680);
    }

    @Test
    void theLeastRecentlyUsedPhotoIsEvictedToStayWithinTheBudget() throws Exception {
        PhotoCache cache = new PhotoCache(3 * BYTES_100_BY_100, this::countingDecode);
        PhotoRequest request = PhotoRequest.contain(100, 100);
        MediaRef a = ref("a.jpg", 100, 100);
        MediaRef b = ref("b.jpg", 100, 100);
        MediaRef c = ref("c.jpg", 100, 100);
        MediaRef d = ref("d.jpg", 100, 100);
        cache.get(a, store, request);
        cache.get(b, store, request);
        cache.get(c, store, request);
        cache.get(a, store, request); // a is now more recent than b

        cache.get(d, store, request);

        assertThat(cache.stats().usedBytes()).isEqualTo(3 * BYTES_100_BY_100);
        assertThat(cache.stats().evictions()).isEqualTo(1);
        assertThat(cache.peek(b, request)).isEmpty();
        assertThat(cache.peek(a, request)).isPresent();
        cache.get(a, store, request);
        cache.get(b, store, request);
        assertThat(decodes("a.jpg")).isEqualTo(1);
        assertThat(decodes("b.jpg")).isEqualTo(2);
        assertThat(cache.stats().usedBytes()).isLessThanOrEqualTo(3 * BYTES_100_BY_100);
    }

    @Test
    void aPhotoLargerThanTheWholeBudgetIsReturnedButNotKept() throws Exception {
        PhotoCache cache = new PhotoCache(BYTES_100_BY_100, this::countingDecode);
        MediaRef ref = ref("wall.jpg", 400, 400);

        DecodedPhoto photo = cache.get(ref, store, PhotoRequest.contain(400, 400));

        assertThat(photo.size()).isEqualTo(new PixelSize(400, 400));
        assertThat(cache.stats().usedBytes()).isZero();
        assertThat(cache.stats().entries()).isZero();
    }

    @Test
    void concurrentRequestsForOnePhotoDecodeItOnce() throws Exception {
        int threads = 8;
        CountDownLatch allAsking = new CountDownLatch(threads);
        AtomicInteger decodes = new AtomicInteger();
        PhotoCache cache = new PhotoCache(PhotoCache.DEFAULT_BUDGET_BYTES, (ref, s, request) -> {
            decodes.incrementAndGet();
            await(allAsking); // hold the decode open until every thread has asked for the photo
            return solid(ref, request);
        });
        MediaRef ref = ref("頒獎.jpg", 3000, 2000);
        List<Future<DecodedPhoto>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                allAsking.countDown();
                return cache.get(ref, store, PhotoRequest.contain(1920, 1080));
            }));
        }

        DecodedPhoto first = results.get(0).get();

        for (Future<DecodedPhoto> result : results) {
            assertThat(result.get()).isSameAs(first);
        }
        assertThat(decodes.get()).isEqualTo(1);
        assertThat(cache.stats().misses()).isEqualTo(1);
        assertThat(cache.stats().hits()).isEqualTo(threads - 1);
    }

    @Test
    void aSlowDecodeDoesNotHoldUpRequestsForOtherPhotos() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch releaseSlow = new CountDownLatch(1);
        PhotoCache cache = new PhotoCache(PhotoCache.DEFAULT_BUDGET_BYTES, (ref, s, request) -> {
            if (ref.originalName().equals("slow.jpg")) {
                slowStarted.countDown();
                await(releaseSlow);
            }
            return solid(ref, request);
        });
        MediaRef slow = ref("slow.jpg", 2000, 1500);
        MediaRef other = ref("other.jpg", 2000, 1500);
        PhotoRequest request = PhotoRequest.contain(1920, 1080);
        CompletableFuture<DecodedPhoto> pending = cache.getAsync(slow, store, request, pool);
        slowStarted.await();

        DecodedPhoto otherPhoto = cache.get(other, store, request);
        boolean slowDoneMeanwhile = pending.isDone();
        boolean slowPeekedMeanwhile = cache.peek(slow, request).isPresent();
        releaseSlow.countDown();

        assertThat(otherPhoto.size()).isEqualTo(new PixelSize(1920, 1440));
        assertThat(slowDoneMeanwhile).isFalse();
        assertThat(slowPeekedMeanwhile).isFalse();
        assertThat(pending.get().size()).isEqualTo(new PixelSize(1920, 1440));
        assertThat(cache.peek(slow, request)).containsSame(pending.get());
    }

    @Test
    void cancellingOneCallersFutureDoesNotSpoilThePhotoForOthers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        PhotoCache cache = new PhotoCache(PhotoCache.DEFAULT_BUDGET_BYTES, (ref, s, request) -> {
            await(release);
            return solid(ref, request);
        });
        MediaRef ref = ref("next-slide.jpg", 2000, 1500);
        PhotoRequest request = PhotoRequest.contain(1920, 1080);

        cache.getAsync(ref, store, request, pool).cancel(true);
        CompletableFuture<DecodedPhoto> second = cache.getAsync(ref, store, request, pool);
        release.countDown();

        assertThat(second.get().size()).isEqualTo(new PixelSize(1920, 1440));
    }

    @Test
    void aBrokenPhotoIsNotDecodedAgainOnEveryRequestUntilEvicted() {
        AtomicInteger attempts = new AtomicInteger();
        PhotoCache cache = new PhotoCache(PhotoCache.DEFAULT_BUDGET_BYTES, (ref, s, request) -> {
            attempts.incrementAndGet();
            throw new PhotoDecodeException(ref.originalName(), Reason.DAMAGED, "the JPEG file is cut short");
        });
        MediaRef ref = ref("壞.jpg", 2000, 1500);
        PhotoRequest request = PhotoRequest.contain(960, 540);

        assertThatThrownBy(() -> cache.get(ref, store, request)).isInstanceOf(PhotoDecodeException.class)
                .hasMessage("壞.jpg: the JPEG file is cut short");
        assertThatThrownBy(() -> cache.get(ref, store, request)).isInstanceOf(PhotoDecodeException.class);
        assertThat(attempts.get()).isEqualTo(1);
        assertThat(cache.peek(ref, request)).isEmpty();

        cache.evict(ref);

        assertThatThrownBy(() -> cache.get(ref, store, request)).isInstanceOf(PhotoDecodeException.class);
        assertThat(attempts.get()).isEqualTo(2);
    }

    @Test
    void withTheRealDecoderAThumbnailComesFromASubsampledDecode(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("大合照.jpg");
        Files.write(file, Pictures.write(Pictures.scene(3000, 2000), "jpg"));
        FileMediaStore files = new FileMediaStore();
        MediaRef ref = files.importFile(file);
        PhotoCache cache = new PhotoCache();

        DecodedPhoto thumbnail = cache.get(ref, files, PhotoRequest.contain(200, 200));

        assertThat(thumbnail.size()).isEqualTo(new PixelSize(256, 171));
        assertThat(thumbnail.sourceSubsampling()).isGreaterThan(1);
        assertThat(cache.stats().usedBytes()).isEqualTo(thumbnail.sizeBytes());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while holding a decode open", e);
        }
    }

    private DecodedPhoto countingDecode(MediaRef ref, MediaStore s, PhotoRequest request) {
        decodesByName.computeIfAbsent(ref.originalName(), n -> new AtomicInteger()).incrementAndGet();
        return solid(ref, request);
    }

    private int decodes(String name) {
        return decodesByName.getOrDefault(name, new AtomicInteger()).get();
    }

    /** What a decoder would return for {@code request}, in one colour. */
    private static DecodedPhoto solid(MediaRef ref, PhotoRequest request) {
        PixelSize size = request.targetFor(new PixelSize(ref.displayWidthPx(), ref.displayHeightPx()));
        int[] pixels = new int[size.widthPx() * size.heightPx()];
        Arrays.fill(pixels, 0xFF8B1A1A);
        return DecodedPhoto.of(size.widthPx(), size.heightPx(), pixels);
    }

    private static MediaRef ref(String name, int widthPx, int heightPx) {
        return new MediaRef(Sha256.of(name.getBytes(StandardCharsets.UTF_8)), name, "image/jpeg", widthPx, heightPx, 1);
    }
}
