package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.model.MediaRef;

/** JPEG decoding into reused destination pictures: the same pixels as fresh ones, with far less garbage. */
class DecodeScratchTest {

    @TempDir
    Path dir;

    private final FileMediaStore store = new FileMediaStore();

    @Test
    void reusedDestinationsGiveThePixelsOfFreshOnesWhateverWasDecodedBefore() throws Exception {
        List<MediaRef> photos = new ArrayList<>();
        // big then small, landscape then portrait, odd sizes, grey, progressive and turned by EXIF:
        // every decode after the first lands in a picture larger than itself that still holds the last one
        photos.add(importBytes("大合照.jpg", Pictures.write(Pictures.scene(3001, 2003), "jpg")));
        photos.add(importBytes("講者.jpg", Pictures.write(Pictures.scene(777, 1201), "jpg")));
        photos.add(importBytes("灰.jpg", Pictures.write(grey(Pictures.scene(1603, 905)), "jpg")));
        photos.add(importBytes("漸進.jpg", HostileImages.progressiveJpeg(Pictures.scene(1999, 1333))));
        photos.add(importBytes("橫放.jpg", TestImages.withExifOrientation(
                Pictures.write(Pictures.quadrants(1204, 802), "jpg"), 6)));
        photos.add(importBytes("小.jpg", Pictures.write(Pictures.scene(97, 61), "jpg")));
        PhotoDecoder fresh = new PhotoDecoder(DecodeLimits.DEFAULT, null);
        DecodeScratch scratch = new DecodeScratch();
        PhotoDecoder reusing = new PhotoDecoder(DecodeLimits.DEFAULT, scratch);
        List<PhotoRequest> requests = List.of(PhotoRequest.contain(1920, 1080), PhotoRequest.contain(400, 400),
                PhotoRequest.cover(1280, 720));

        for (int round = 0; round < 2; round++) {
            for (PhotoRequest request : requests) {
                for (MediaRef photo : photos) {
                    DecodedPhoto expected = fresh.decode(photo, store, request);
                    DecodedPhoto actual = reusing.decode(photo, store, request);
                    assertThat(actual.size()).as(photo.originalName() + " " + request).isEqualTo(expected.size());
                    assertThat(Arrays.equals(actual.argbPre(), expected.argbPre()))
                            .as(photo.originalName() + " " + request + ": the same pixels").isTrue();
                    assertThat(actual.opaque()).isEqualTo(expected.opaque());
                }
            }
        }
        assertThat(scratch.size()).isBetween(1, DecodeScratch.KEPT);
    }

    @Test
    void aDecodeThatFailsHalfWayDoesNotSpoilTheNextOne() throws Exception {
        byte[] whole = Pictures.write(Pictures.scene(1600, 1200), "jpg");
        MediaRef cut = importBytes("截斷.jpg", Arrays.copyOf(whole, whole.length / 2));
        MediaRef good = importBytes("完整.jpg", Pictures.write(Pictures.scene(1500, 1100), "jpg"));
        DecodeScratch scratch = new DecodeScratch();
        PhotoDecoder reusing = new PhotoDecoder(DecodeLimits.DEFAULT, scratch);
        DecodedPhoto expected = new PhotoDecoder(DecodeLimits.DEFAULT, null).decode(good, store,
                PhotoRequest.contain(1500, 1500));

        assertThatThrownBy(() -> reusing.decode(cut, store, PhotoRequest.contain(1600, 1600)))
                .isInstanceOf(PhotoDecodeException.class).hasMessageContaining("截斷.jpg");
        DecodedPhoto after = reusing.decode(good, store, PhotoRequest.contain(1500, 1500));

        assertThat(Arrays.equals(after.argbPre(), expected.argbPre())).isTrue();
        assertThat(scratch.size()).as("the failed decode's picture came back").isEqualTo(1);
    }

    @Test
    void aCameraPhotoDecodedAgainAllocatesLittleMoreThanItsResult() throws Exception {
        MediaRef photo = importBytes("頒獎典禮.jpg", Pictures.write(Pictures.scene(4000, 3000), "jpg"));
        PhotoRequest screen = PhotoRequest.contain(1920, 1080);
        PhotoDecoder fresh = new PhotoDecoder(DecodeLimits.DEFAULT, null);
        PhotoDecoder reusing = new PhotoDecoder(DecodeLimits.DEFAULT, new DecodeScratch());
        reusing.decode(photo, store, screen);
        fresh.decode(photo, store, screen);

        long freshBytes = allocatedBy(() -> fresh.decode(photo, store, screen));
        long reusedBytes = allocatedBy(() -> reusing.decode(photo, store, screen));

        // decoded 2000 × 1500 (9 MB of BGR), shown 1440 × 1080 (6.2 MB of ARGB)
        assertThat(freshBytes).isGreaterThan(15_000_000L);
        assertThat(reusedBytes).as("bytes allocated by a decode into a reused picture")
                .isLessThan(freshBytes - 8_000_000L);
    }

    @Test
    void thePoolHandsOutLargeEnoughPicturesOfTheTypeAskedAndKeepsOnlyAFew() {
        DecodeScratch scratch = new DecodeScratch();
        BufferedImage landscape = scratch.borrow(BufferedImage.TYPE_3BYTE_BGR, 3000, 2000);
        scratch.giveBack(landscape);

        assertThat(scratch.borrow(BufferedImage.TYPE_3BYTE_BGR, 2000, 1500)).isSameAs(landscape);
        BufferedImage portrait = scratch.borrow(BufferedImage.TYPE_3BYTE_BGR, 2000, 3000);
        assertThat(portrait.getWidth()).isGreaterThanOrEqualTo(2000);
        assertThat(portrait.getHeight()).isGreaterThanOrEqualTo(3000);
        assertThat(scratch.borrow(BufferedImage.TYPE_BYTE_GRAY, 10, 10).getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(scratch.borrow(BufferedImage.TYPE_3BYTE_BGR, 6000, 4000))
                .as("24 megapixels: decoded into a picture of its own").isNull();

        for (int i = 0; i < DecodeScratch.KEPT + 3; i++) {
            scratch.giveBack(new BufferedImage(100 + i, 100, BufferedImage.TYPE_3BYTE_BGR));
        }
        assertThat(scratch.size()).isEqualTo(DecodeScratch.KEPT);
        assertThat(scratch.borrow(BufferedImage.TYPE_3BYTE_BGR, 100 + DecodeScratch.KEPT + 2, 100).getWidth())
                .as("the largest were kept").isEqualTo(100 + DecodeScratch.KEPT + 2);
    }

    private interface Decode {
        void run() throws Exception;
    }

    private static long allocatedBy(Decode decode) throws Exception {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        decode.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static BufferedImage grey(BufferedImage colour) {
        BufferedImage grey = new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(colour, 0, 0, null);
        return grey;
    }

    private MediaRef importBytes(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return store.importFile(file);
    }
}
