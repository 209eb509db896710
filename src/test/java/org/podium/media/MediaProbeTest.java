package org.podium.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.model.MediaRef;

class MediaProbeTest {

    @TempDir
    Path dir;

    @Test
    void jpegGivesItsHashTypeAndPixelSize() throws IOException {
        byte[] bytes = TestImages.jpeg(320, 200, 1);
        Path file = write("合唱.jpg", bytes);

        MediaRef ref = MediaProbe.probe(file);

        assertThat(ref.sha256()).isEqualTo(Sha256.of(bytes));
        assertThat(ref.originalName()).isEqualTo("合唱.jpg");
        assertThat(ref.mediaType()).isEqualTo("image/jpeg");
        assertThat(ref.widthPx()).isEqualTo(320);
        assertThat(ref.heightPx()).isEqualTo(200);
        assertThat(ref.exifOrientation()).isEqualTo(1);
    }

    @Test
    void pngIsRecognisedByItsBytesNotItsExtension() throws IOException {
        Path file = write("photo.jpg", TestImages.png(64, 48, 2));

        MediaRef ref = MediaProbe.probe(file);

        assertThat(ref.mediaType()).isEqualTo("image/png");
        assertThat(ref.widthPx()).isEqualTo(64);
        assertThat(ref.heightPx()).isEqualTo(48);
    }

    @ParameterizedTest
    @CsvSource({"gif, image/gif", "bmp, image/bmp"})
    void gifAndBmpAreTaken(String format, String mediaType) throws IOException {
        MediaRef ref = MediaProbe.probe(write("x." + format, TestImages.image(format, 30, 20, 3)));

        assertThat(ref.mediaType()).isEqualTo(mediaType);
        assertThat(ref.widthPx()).isEqualTo(30);
        assertThat(ref.heightPx()).isEqualTo(20);
    }

    @Test
    void exifOrientationSixIsReadAndTurnsTheDisplaySize() throws IOException {
        byte[] bytes = TestImages.withExifOrientation(TestImages.jpeg(400, 300, 4), 6);
        Path file = write("portrait.jpg", bytes);

        MediaRef ref = MediaProbe.probe(file);

        assertThat(ref.exifOrientation()).isEqualTo(6);
        assertThat(ref.widthPx()).isEqualTo(400);
        assertThat(ref.heightPx()).isEqualTo(300);
        assertThat(ref.displayWidthPx()).isEqualTo(300);
        assertThat(ref.displayHeightPx()).isEqualTo(400);
        assertThat(ref.sha256()).isEqualTo(Sha256.of(bytes));
    }

    @Test
    void emptyFileIsRefusedByName() throws IOException {
        Path file = write("empty.jpg", new byte[0]);

        assertThatThrownBy(() -> MediaProbe.probe(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": the file is empty");
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("gone.jpg");

        assertThatThrownBy(() -> MediaProbe.probe(file))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no such file");
    }

    @Test
    void unknownFormatSaysWhichFormatsPodiumTakes() throws IOException {
        Path file = write("notes.jpg", "just some text, not a photo".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> MediaProbe.probe(file))
                .hasMessage(file + ": not a photo Podium can use; Podium takes JPEG, PNG, GIF and BMP");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0000001C667479706865696300000000 | HEIC photos are not supported yet; export it as JPEG",
            "0000001C667479706D69663100000000 | HEIC photos are not supported yet; export it as JPEG",
            "00000020667479706176696600000000 | AVIF photos are not supported yet; export it as JPEG",
            "524946462400000057454250565038 | WebP images are not supported yet; export it as JPEG or PNG",
            "49492A0008000000 | TIFF images (and camera RAW files) are not supported; export it as JPEG or PNG",
            "4D4D002A00000008 | TIFF images (and camera RAW files) are not supported; export it as JPEG or PNG"})
    void recognisedUnsupportedFormatsAreNamed(String headHex, String message) throws IOException {
        byte[] head = java.util.HexFormat.of().parseHex(headHex);
        Path file = write("IMG_0001.jpg", Arrays.copyOf(head, 200));

        assertThatThrownBy(() -> MediaProbe.probe(file)).hasMessage(file + ": " + message);
    }

    @ParameterizedTest
    @CsvSource({"jpg, 3, JPEG", "jpg, 40, JPEG", "png, 20, PNG", "gif, 8, GIF", "bmp, 10, BMP"})
    void truncatedHeaderIsReported(String format, int keptBytes, String formatName) throws IOException {
        byte[] whole = TestImages.image(format, 50, 40, 5);
        Path file = write("cut." + format, Arrays.copyOf(whole, keptBytes));

        assertThatThrownBy(() -> MediaProbe.probe(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": the " + formatName + " header is truncated or damaged");
    }

    @Test
    void damagedExifIsIgnoredNotFatal() throws IOException {
        byte[] jpeg = TestImages.withExifOrientation(TestImages.jpeg(40, 30, 6), 6);
        jpeg[2 + 4 + 6] = 'X'; // spoil the TIFF byte-order mark "MM"
        Path file = write("odd-exif.jpg", jpeg);

        MediaRef ref = MediaProbe.probe(file);

        assertThat(ref.exifOrientation()).isEqualTo(1);
        assertThat(ref.widthPx()).isEqualTo(40);
    }

    @Test
    void refusalsCarryAKindAndArgumentsBesideTheEnglishMessage() throws IOException {
        Path heic = write("IMG_0002.heic", HostileImages.heic());
        Path empty = write("empty.jpg", new byte[0]);
        Path bomb = write("bomb.png", HostileImages.pngBomb(30000, 30000, 4));
        Path cut = write("cut.png", Arrays.copyOf(TestImages.image("png", 50, 40, 5), 20));

        assertThat(problem(heic)).isEqualTo(new ImportProblem(ImportProblem.Kind.HEIC, java.util.List.of(),
                "HEIC photos are not supported yet; export it as JPEG"));
        assertThat(problem(empty).kind()).isEqualTo(ImportProblem.Kind.EMPTY);
        assertThat(problem(bomb).kind()).isEqualTo(ImportProblem.Kind.TOO_LARGE);
        assertThat(problem(bomb).arguments()).containsExactly(30000, 30000, 900L, 100L);
        assertThat(problem(cut).kind()).isEqualTo(ImportProblem.Kind.DAMAGED);
        assertThat(problem(cut).arguments()).containsExactly("PNG");
        assertThat(problem(dir.resolve("gone.jpg")).kind()).isEqualTo(ImportProblem.Kind.MISSING);
    }

    private static ImportProblem problem(Path file) {
        try {
            MediaProbe.probe(file);
        } catch (IOException e) {
            if (e instanceof PhotoImportException refused) {
                assertThat(refused.file()).isEqualTo(file);
                assertThat(e).hasMessage(file + ": " + refused.problem().detail());
            }
            return ImportProblem.of(e);
        }
        throw new AssertionError(file + " was taken");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
