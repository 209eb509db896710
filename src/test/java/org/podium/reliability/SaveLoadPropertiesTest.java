package org.podium.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.media.FileMediaStore;
import org.podium.media.TestImages;
import org.podium.model.MediaRef;
import org.podium.model.Programme;

/**
 * Saving then opening gives back the programme saved, for any programme over real small photos
 * (JPEG turned by its EXIF tag, PNG, GIF, BMP, names in Chinese and with emoji).
 */
class SaveLoadPropertiesTest {

    private static Path dir;
    private static FileMediaStore imported;
    private static List<MediaRef> pool;
    private static int fileNumber;

    @BeforeContainer
    static void importPhotos() throws IOException {
        dir = Files.createTempDirectory("podium-save-load");
        imported = new FileMediaStore();
        List<MediaRef> refs = new ArrayList<>();
        refs.add(imported.importFile(Files.write(dir.resolve("合唱 🎉.jpg"),
                TestImages.withExifOrientation(TestImages.jpeg(48, 32, 1), 6))));
        refs.add(imported.importFile(Files.write(dir.resolve("講者.png"), TestImages.png(30, 40, 2))));
        refs.add(imported.importFile(Files.write(dir.resolve("logo.gif"), TestImages.image("gif", 16, 16, 3))));
        refs.add(imported.importFile(Files.write(dir.resolve("掃描 scan.bmp"), TestImages.image("bmp", 20, 10, 4))));
        refs.add(imported.importFile(Files.write(dir.resolve("photo.jpg"), TestImages.png(12, 12, 5))));
        pool = List.copyOf(refs);
    }

    @AfterContainer
    static void removePhotos() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(SaveLoadPropertiesTest::delete);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path nextFile() {
        return dir.resolve("分享會 " + fileNumber++ + ".podium");
    }

    @Provide
    Arbitrary<Programme> programmes() {
        return ProgrammeArbitraries.programme(pool);
    }

    @Provide
    Arbitrary<Programme> anyIds() {
        return Arbitraries.oneOf(ProgrammeArbitraries.programme(pool),
                ProgrammeArbitraries.programmeWithRepeatedIds(pool));
    }

    @Property
    void aSavedProgrammeOpensEqualWithEveryPhotoIntact(@ForAll("anyIds") Programme programme) throws IOException {
        Path file = nextFile();

        PodiumFile.write(file, programme, imported);

        try (OpenedProgramme opened = PodiumFile.read(file)) {
            assertThat(opened.programme()).isEqualTo(programme);
            assertThat(PodiumFile.verifyMedia(opened)).isEmpty();
            for (MediaRef ref : programme.media()) {
                assertThat(opened.media().contains(ref)).isTrue();
            }
        }
        assertThat(PodiumFile.check(file)).isEmpty();
        Files.delete(file);
    }

    @Property
    void savingWhatWasOpenedGivesTheSameBytes(@ForAll("programmes") Programme programme) throws IOException {
        Path first = nextFile();
        Path second = nextFile();
        PodiumFile.write(first, programme, imported);

        try (OpenedProgramme opened = PodiumFile.read(first)) {
            PodiumFile.write(second, opened.programme(), opened.media());
        }

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        Files.delete(first);
        Files.delete(second);
    }
}
