package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.media.CompositeMediaStore;
import org.podium.media.FileMediaStore;
import org.podium.media.MediaStore;
import org.podium.media.TestImages;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;

class PodiumFileRoundTripTest {

    @TempDir
    Path dir;

    private final FileMediaStore imported = new FileMediaStore();
    private byte[] chorusBytes;
    private MediaRef chorus;
    private MediaRef portrait;
    private MediaRef logo;

    @BeforeEach
    void importPhotos() throws IOException {
        chorusBytes = TestImages.withExifOrientation(TestImages.jpeg(160, 120, 1), 6);
        chorus = imported.importFile(Files.write(dir.resolve("合唱.jpg"), chorusBytes));
        portrait = imported.importFile(Files.write(dir.resolve("portrait.png"), TestImages.png(60, 80, 2)));
        logo = imported.importFile(Files.write(dir.resolve("logo.gif"), TestImages.image("gif", 32, 32, 3)));
    }

    @Test
    void writtenProgrammeReadsBackEqual() throws IOException {
        Programme programme = TestProgrammes.everyKind(chorus, portrait, logo);
        Path file = dir.resolve("分享會.podium");

        PodiumFile.write(file, programme, imported);

        try (OpenedProgramme opened = PodiumFile.read(file)) {
            assertThat(opened.programme()).isEqualTo(programme);
            assertThat(opened.writtenBy()).isEqualTo("Podium " + PodiumVersion.VERSION);
            assertThat(opened.file()).isEqualTo(file);
            try (InputStream in = opened.media().open(chorus)) {
                assertThat(in.readAllBytes()).isEqualTo(chorusBytes);
            }
            assertThat(opened.programme().media()).extracting(MediaRef::exifOrientation).containsExactly(1, 6, 1);
            assertThat(PodiumFile.verifyMedia(opened)).isEmpty();
        }
        assertThat(PodiumFile.check(file)).isEmpty();
    }

    @Test
    void photoUsedThreeTimesIsStoredOnceAndPhotosAreNotRecompressed() throws IOException {
        Path file = dir.resolve("分享會.podium");

        PodiumFile.write(file, TestProgrammes.everyKind(chorus, portrait, logo), imported);

        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            assertThat(entries).extracting(ZipEntry::getName).containsExactly("programme.json",
                    "media/" + portrait.sha256() + ".png", "media/" + chorus.sha256() + ".jpg",
                    "media/" + logo.sha256() + ".gif");
            assertThat(entries.get(0).getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(entries.subList(1, 4)).extracting(ZipEntry::getMethod).containsOnly(ZipEntry.STORED);
            String json = new String(zip.getInputStream(entries.get(0)).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"writtenBy\": \"Podium ")
                    .contains("\"title\": \"建鄴區區級機關「兩優一先」先進事跡分享會\"");
        }
    }

    @Test
    void bmpIsDeflated() throws IOException {
        MediaRef bmp = imported.importFile(Files.write(dir.resolve("scan.bmp"), TestImages.image("bmp", 64, 64, 4)));
        Path file = dir.resolve("bmp.podium");

        PodiumFile.write(file, programmeShowing(bmp), imported);

        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("media/" + bmp.sha256() + ".bmp");
            assertThat(entry.getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(entry.getCompressedSize()).isLessThan(entry.getSize());
        }
        try (OpenedProgramme opened = PodiumFile.read(file)) {
            assertThat(PodiumFile.verifyMedia(opened)).isEmpty();
        }
    }

    @Test
    void sameProgrammeGivesTheSameBytes() throws IOException {
        Programme programme = TestProgrammes.everyKind(chorus, portrait, logo);
        Path first = dir.resolve("first.podium");
        Path second = dir.resolve("second.podium");

        PodiumFile.write(first, programme, imported);
        PodiumFile.write(second, programme, imported);

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void fileCanBeSavedOverItselfFromItsOwnPhotosPlusNewOnes() throws IOException {
        Path file = dir.resolve("分享會.podium");
        PodiumFile.write(file, TestProgrammes.everyKind(chorus, portrait, logo), imported);
        FileMediaStore later = new FileMediaStore();
        MediaRef stage = later.importFile(Files.write(dir.resolve("stage.jpg"), TestImages.jpeg(90, 60, 9)));

        try (OpenedProgramme opened = PodiumFile.read(file)) {
            Programme edited = opened.programme().withTitle("改過的標題")
                    .withSegment(opened.programme().segments().get(0).id(), segment -> segment.withSlides(
                            List.of(Slide.of(new SinglePhoto(Photo.of(stage))))));
            PodiumFile.write(file, edited, CompositeMediaStore.of(opened.media(), later));
        }

        try (OpenedProgramme reopened = PodiumFile.read(file)) {
            assertThat(reopened.programme().title()).isEqualTo("改過的標題");
            assertThat(reopened.programme().media()).contains(stage, chorus, portrait, logo);
            assertThat(PodiumFile.verifyMedia(reopened)).isEmpty();
        }
        assertThat(dir).isDirectoryNotContaining("glob:**/.*tmp-*");
    }

    @Test
    void programmeWithoutPhotosNeedsNoStore() throws IOException {
        Programme programme = Programme.empty("空白節目", Language.ZH_HANS);
        Path file = dir.resolve("empty.podium");

        PodiumFile.write(file, programme, MediaStore.empty());

        try (OpenedProgramme opened = PodiumFile.read(file)) {
            assertThat(opened.programme()).isEqualTo(programme);
        }
    }

    private static Programme programmeShowing(MediaRef ref) {
        Programme base = Programme.empty("照片", Language.EN);
        return base.withSegments(List.of(Segment.of(SegmentKind.PHOTO_MONTAGE, "photos")
                .withSlides(List.of(Slide.of(new SinglePhoto(Photo.of(ref)))))));
    }
}
