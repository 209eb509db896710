package org.podium.export.pptx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.media.DigestCheckingInputStream;
import org.podium.media.FileMediaStore;
import org.podium.media.MediaStore;
import org.podium.media.PhotoDecoder;
import org.podium.media.TestImages;
import org.podium.model.MediaRef;

/** Pictures kept for later exports: reused when whole and current, never the cause of a failed or wrong deck. */
class PictureCacheTest {

    @TempDir
    Path dir;

    private final FileMediaStore store = new FileMediaStore();
    private final List<String> encoded = new ArrayList<>();
    private final PictureEncoder counting = (ref, media, quality) -> {
        encoded.add(ref.originalName() + " " + quality);
        return new DeckPictureEncoder(new PhotoDecoder()).encode(ref, media, quality);
    };

    @Test
    void aPhotoExportedAgainIsCopiedFromTheCacheNotEncodedAgain() throws Exception {
        MediaRef big = ExportProgrammes.jpeg(store, dir, "大合照.jpg", 3200, 2000, 1);
        MediaRef sideways = ExportProgrammes.photo(store, dir, "頒獎.jpg",
                TestImages.withExifOrientation(TestImages.jpeg(900, 600, 2), 6));
        Path folder = dir.resolve("cache");

        EncodedPicture bigFirst = new PictureCache(counting, folder, PictureCache.DEFAULT_LIMIT_BYTES)
                .encode(big, store, PhotoQuality.HIGH);
        EncodedPicture sidewaysFirst = new PictureCache(counting, folder, PictureCache.DEFAULT_LIMIT_BYTES)
                .encode(sideways, store, PhotoQuality.HIGH);
        PictureCache later = new PictureCache(counting, folder, PictureCache.DEFAULT_LIMIT_BYTES);
        EncodedPicture bigAgain = later.encode(big, store, PhotoQuality.HIGH);
        EncodedPicture sidewaysAgain = later.encode(sideways, store, PhotoQuality.HIGH);

        assertThat(encoded).containsExactly("大合照.jpg HIGH", "頒獎.jpg HIGH");
        assertThat(bigAgain.bytes()).isEqualTo(bigFirst.bytes());
        assertThat(bigAgain.mediaType()).isEqualTo("image/jpeg");
        assertThat(bigAgain.widthPx()).isEqualTo(2560);
        assertThat(bigAgain.heightPx()).isEqualTo(1600);
        assertThat(sidewaysAgain.bytes()).isEqualTo(sidewaysFirst.bytes());
        assertThat(sidewaysAgain.widthPx()).as("turned upright").isEqualTo(600);
        assertThat(entries(folder)).hasSize(2);
    }

    @Test
    void eachQualityAndOrientationHasItsOwnPicture() throws Exception {
        MediaRef photo = ExportProgrammes.jpeg(store, dir, "合照.jpg", 3000, 2000, 3);
        MediaRef turned = new MediaRef(photo.sha256(), photo.originalName(), photo.mediaType(), photo.widthPx(),
                photo.heightPx(), 8);
        PictureCache cache = new PictureCache(counting, dir.resolve("cache"), PictureCache.DEFAULT_LIMIT_BYTES);

        EncodedPicture high = cache.encode(photo, store, PhotoQuality.HIGH);
        EncodedPicture compact = cache.encode(photo, store, PhotoQuality.COMPACT);
        EncodedPicture turnedHigh = cache.encode(turned, store, PhotoQuality.HIGH);
        cache.encode(photo, store, PhotoQuality.COMPACT);

        assertThat(encoded).containsExactly("合照.jpg HIGH", "合照.jpg COMPACT", "合照.jpg HIGH");
        assertThat(high.widthPx()).isEqualTo(2560);
        assertThat(compact.widthPx()).isEqualTo(1600);
        assertThat(turnedHigh.widthPx()).isBetween(1706, 1707);
    }

    @Test
    void aTornOrDamagedEntryIsMadeAgain() throws Exception {
        MediaRef photo = ExportProgrammes.jpeg(store, dir, "講者.jpg", 3000, 2000, 4);
        Path folder = dir.resolve("cache");
        EncodedPicture first = new PictureCache(counting, folder, PictureCache.DEFAULT_LIMIT_BYTES)
                .encode(photo, store, PhotoQuality.HIGH);
        Path entry = entries(folder).get(0);
        byte[] whole = Files.readAllBytes(entry);

        byte[] flipped = whole.clone();
        flipped[whole.length - 100] ^= 0x10;
        Files.write(entry, flipped);
        EncodedPicture afterFlip = new PictureCache(counting, folder, PictureCache.DEFAULT_LIMIT_BYTES)
                .encode(photo, store, PhotoQuality.HIGH);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
        EncodedPicture afterTear = new PictureCache(counting, folder, PictureCache.DEFAULT_LIMIT_BYTES)
                .encode(photo, store, PhotoQuality.HIGH);
        Files.write(entry, new byte[0]);
        EncodedPicture afterEmpty = new PictureCache(counting, folder, PictureCache.DEFAULT_LIMIT_BYTES)
                .encode(photo, store, PhotoQuality.HIGH);

        assertThat(encoded).hasSize(4);
        assertThat(afterFlip.bytes()).isEqualTo(first.bytes());
        assertThat(afterTear.bytes()).isEqualTo(first.bytes());
        assertThat(afterEmpty.bytes()).isEqualTo(first.bytes());
        assertThat(Files.readAllBytes(entry)).as("written whole again").isEqualTo(whole);
    }

    @Test
    void aPhotoDamagedInTheProgrammeFailsAsItWouldWithoutTheCache() throws Exception {
        MediaRef photo = ExportProgrammes.jpeg(store, dir, "活動剪影.jpg", 3000, 2000, 5);
        Path folder = dir.resolve("cache");
        new PictureCache(counting, folder, PictureCache.DEFAULT_LIMIT_BYTES).encode(photo, store, PhotoQuality.HIGH);
        byte[] bytes = TestImages.jpeg(3000, 2000, 5);
        bytes[bytes.length / 2] ^= 0x55;
        MediaStore damaged = new MediaStore() {
            @Override
            public boolean contains(MediaRef ref) {
                return true;
            }

            @Override
            public InputStream open(MediaRef ref) {
                return new DigestCheckingInputStream(new ByteArrayInputStream(bytes), ref.sha256(), Long.MAX_VALUE,
                        "programme.podium!/media/" + ref.sha256());
            }
        };

        assertThatThrownBy(() -> new PictureCache(counting, folder, PictureCache.DEFAULT_LIMIT_BYTES)
                .encode(photo, damaged, PhotoQuality.HIGH))
                .isInstanceOf(IOException.class).hasMessageContaining("活動剪影.jpg");
        assertThatThrownBy(() -> new PictureCache(counting, folder, PictureCache.DEFAULT_LIMIT_BYTES)
                .encode(photo, MediaStore.empty(), PhotoQuality.HIGH))
                .isInstanceOf(IOException.class).hasMessageContaining("活動剪影.jpg");
    }

    @Test
    void aCacheThatCannotBeWrittenDoesNotStopTheExport() throws Exception {
        MediaRef photo = ExportProgrammes.jpeg(store, dir, "合照.jpg", 3000, 2000, 6);
        Path notAFolder = Files.writeString(dir.resolve("cache"), "a file where the folder should be");

        EncodedPicture picture = new PictureCache(counting, notAFolder, PictureCache.DEFAULT_LIMIT_BYTES)
                .encode(photo, store, PhotoQuality.HIGH);

        assertThat(picture.widthPx()).isEqualTo(2560);
        assertThat(Files.readString(notAFolder)).isEqualTo("a file where the folder should be");
    }

    @Test
    void photosTheDeckKeepsAsTheyAreDoNotGoThroughTheCache() throws Exception {
        MediaRef small = ExportProgrammes.jpeg(store, dir, "小.jpg", 1200, 800, 7);
        Path folder = dir.resolve("cache");

        new PictureCache(counting, folder, PictureCache.DEFAULT_LIMIT_BYTES).encode(small, store, PhotoQuality.HIGH);

        assertThat(Files.exists(folder) ? entries(folder) : List.of()).isEmpty();
    }

    @Test
    void theLeastRecentlyUsedPicturesGoWhenTheCacheIsOverItsLimit() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cache"));
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            Path entry = Files.write(folder.resolve("entry" + i + ".picture"), new byte[1000]);
            Files.setLastModifiedTime(entry, FileTime.from(now.minusSeconds(100L * (5 - i))));
        }
        Path killed = Files.write(folder.resolve(".writing-1.tmp"), new byte[10]);
        Files.setLastModifiedTime(killed, FileTime.from(now.minusSeconds(7200)));
        Path writingNow = Files.write(folder.resolve(".writing-2.tmp"), new byte[10]);

        new PictureCache(counting, folder, 2500);

        assertThat(entries(folder)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("entry3.picture", "entry4.picture");
        assertThat(killed).doesNotExist();
        assertThat(writingNow).as("another export may be writing it").exists();
    }

    @Test
    void entriesOfAnotherVersionOrFormatAreNotPictures() {
        EncodedPicture picture = new EncodedPicture(new byte[] {1, 2, 3}, "image/png", 3, 1);
        byte[] entry = PictureCache.format(picture);

        assertThat(PictureCache.parse(entry)).hasValueSatisfying(p -> {
            assertThat(p.bytes()).containsExactly(1, 2, 3);
            assertThat(p.mediaType()).isEqualTo("image/png");
        });
        byte[] otherVersion = entry.clone();
        otherVersion[23] ^= 1; // the version number after the 20-byte magic
        assertThat(PictureCache.parse(otherVersion)).isEmpty();
        assertThat(PictureCache.parse(java.util.Arrays.copyOf(entry, entry.length + 1))).isEmpty();
        assertThat(PictureCache.parse("not a picture".getBytes())).isEmpty();
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".picture")).toList();
        }
    }
}
