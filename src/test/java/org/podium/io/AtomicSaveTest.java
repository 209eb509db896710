package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.media.FileMediaStore;
import org.podium.media.MediaStore;
import org.podium.media.TestImages;
import org.podium.model.MediaRef;
import org.podium.model.Programme;

/** A save that fails leaves the previous file exactly as it was and no temp file behind. */
class AtomicSaveTest {

    @TempDir
    Path dir;

    private final FileMediaStore imported = new FileMediaStore();
    private Programme programme;
    private Path target;
    private byte[] previous;

    @BeforeEach
    void saveAFirstVersion() throws IOException {
        MediaRef chorus = imported.importFile(Files.write(dir.resolve("chorus.jpg"), TestImages.jpeg(400, 300, 1)));
        MediaRef portrait = imported.importFile(Files.write(dir.resolve("portrait.png"), TestImages.png(60, 80, 2)));
        MediaRef logo = imported.importFile(Files.write(dir.resolve("logo.gif"), TestImages.image("gif", 32, 32, 3)));
        programme = TestProgrammes.everyKind(chorus, portrait, logo);
        target = dir.resolve("分享會.podium");
        PodiumFile.write(target, programme.withTitle("第一版"), imported);
        previous = Files.readAllBytes(target);
    }

    /** A stored photo is read twice (measure, then copy); the failure hits either pass. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void storeFailingMidPhotoLeavesThePreviousFileByteIdentical(int failingOpen) {
        AtomicInteger opens = new AtomicInteger();
        MediaStore failing = new MediaStore() {
            @Override
            public boolean contains(MediaRef ref) {
                return imported.contains(ref);
            }

            @Override
            public InputStream open(MediaRef ref) throws IOException {
                InputStream in = imported.open(ref);
                return opens.incrementAndGet() == failingOpen ? new FailingAfter(in, 100) : in;
            }
        };

        assertThatThrownBy(() -> PodiumFile.write(target, programme.withTitle("第二版"), failing))
                .isInstanceOf(PodiumFileException.class)
                .hasMessage(target + ": not saved: USB disk removed");

        assertThat(target).hasBinaryContent(previous);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void fullDiskIsSaidSoInTheWindowsLanguage() {
        MediaStore full = new MediaStore() {
            @Override
            public boolean contains(MediaRef ref) {
                return true;
            }

            @Override
            public InputStream open(MediaRef ref) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        assertThatThrownBy(() -> PodiumFile.write(target, programme, full))
                .isInstanceOfSatisfying(PodiumFileException.class, e -> {
                    assertThat(e).hasMessage(target + ": not saved: the disk is full");
                    assertThat(e.reason(Locale.TAIWAN)).isEqualTo("未儲存：磁碟空間已滿。");
                });
        assertThat(target).hasBinaryContent(previous);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void storeThrowingUncheckedLeavesNoTempFile() {
        MediaStore broken = new MediaStore() {
            @Override
            public boolean contains(MediaRef ref) {
                return true;
            }

            @Override
            public InputStream open(MediaRef ref) {
                throw new IllegalStateException("store closed");
            }
        };

        assertThatThrownBy(() -> PodiumFile.write(target, programme, broken))
                .hasMessage(target + ": not saved: store closed");
        assertThat(target).hasBinaryContent(previous);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void photoMissingFromTheStoreIsNamedAndNothingIsWritten() throws IOException {
        Path fresh = dir.resolve("new.podium");
        MediaRef absent = TestProgrammes.fakeRef('d', "遺失.jpg", "image/jpeg", 10, 10, 1);
        Programme withAbsent = TestProgrammes.everyKind(absent, programme.media().get(0), programme.media().get(2));

        assertThatThrownBy(() -> PodiumFile.write(fresh, withAbsent, imported))
                .isInstanceOf(PodiumFileException.class)
                .hasMessage(fresh + ": not saved: the programme uses photos whose bytes are not available: 遺失.jpg ("
                        + "d".repeat(64) + ")");
        assertThat(fresh).doesNotExist();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void photoWhoseBytesDoNotMatchItsHashIsNotSaved() throws IOException {
        MediaStore lying = new MediaStore() {
            @Override
            public boolean contains(MediaRef ref) {
                return true;
            }

            @Override
            public InputStream open(MediaRef ref) {
                return new ByteArrayInputStream(TestImages.jpeg(20, 20, 7));
            }
        };

        assertThatThrownBy(() -> PodiumFile.write(target, programme, lying))
                .hasMessageContaining(target + ": not saved: the photo \"")
                .hasMessageContaining("has changed or is damaged");
        assertThat(target).hasBinaryContent(previous);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void photosAreWrittenToAHiddenTempFileBesideTheTarget() throws IOException {
        List<String> seenDuringSave = new ArrayList<>();
        MediaStore watching = new MediaStore() {
            @Override
            public boolean contains(MediaRef ref) {
                return imported.contains(ref);
            }

            @Override
            public InputStream open(MediaRef ref) throws IOException {
                seenDuringSave.addAll(tempFiles());
                return imported.open(ref);
            }
        };

        PodiumFile.write(target, programme.withTitle("第二版"), watching);

        assertThat(seenDuringSave).isNotEmpty().allMatch(name -> name.matches("\\.分享會\\.podium\\.tmp-[0-9a-f]{8}"));
        assertThat(tempFiles()).isEmpty();
        try (OpenedProgramme opened = PodiumFile.read(target)) {
            assertThat(opened.programme().title()).isEqualTo("第二版");
        }
    }

    @Test
    void saveIntoAMissingFolderIsRefusedByName() {
        Path nowhere = dir.resolve("沒有的資料夾").resolve("分享會.podium");

        assertThatThrownBy(() -> PodiumFile.write(nowhere, programme, imported))
                .hasMessage(nowhere + ": not saved: the folder " + nowhere.getParent() + " does not exist");
    }

    @Test
    void savingThroughASymbolicLinkKeepsTheLink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.podium"), target);

        PodiumFile.write(link, programme.withTitle("經由連結"), imported);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        try (OpenedProgramme opened = PodiumFile.read(target)) {
            assertThat(opened.programme().title()).isEqualTo("經由連結");
        }
    }

    private List<String> tempFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(name -> name.contains(".tmp-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Passes {@code limit} bytes, then fails as a pulled-out disk does. */
    private static final class FailingAfter extends FilterInputStream {

        private long left;

        FailingAfter(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw new IOException("USB disk removed");
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            left -= Math.max(n, 0);
            return n;
        }
    }
}
