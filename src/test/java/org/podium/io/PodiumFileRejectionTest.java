package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.media.Sha256;
import org.podium.media.TestImages;

/** Every way a {@code .podium} file can be unreadable, each with the message a person sees. */
class PodiumFileRejectionTest {

    private static final byte[] JPEG = TestImages.jpeg(40, 30, 1);
    private static final String SHA = Sha256.of(JPEG);
    private static final String MEDIA_ENTRY = "media/" + SHA + ".jpg";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "/etc/passwd", "media\\x.jpg", "C:/Windows/win.ini", "c:evil",
            "media/../../evil.jpg", "media/.."})
    void entryEscapingTheRootIsRefused(String name) throws IOException {
        Path file = write(Zips.zip(entries("programme.json", Documents.minimal().getBytes(StandardCharsets.UTF_8),
                name, new byte[] {1})));

        assertRefused(file, "entry \"" + name + "\" points outside the archive; the file is damaged or was made to attack");
    }

    @Test
    void duplicateEntryNameIsRefused() throws IOException {
        String twin = "media/" + SHA.substring(0, 63) + "0.jpg";
        byte[] zip = Zips.podium(Documents.withSlidesAndMedia("", Documents.jpegRow(SHA, 40, 30)),
                entries(MEDIA_ENTRY, JPEG, twin, TestImages.jpeg(40, 30, 2)));
        Path file = write(Zips.rename(zip, twin, MEDIA_ENTRY));

        assertRefused(file, "entry \"" + MEDIA_ENTRY + "\" appears twice");
    }

    @Test
    void duplicateProgrammeJsonIsRefused() throws IOException {
        byte[] zip = Zips.zip(entries("programme.json", Documents.minimal().getBytes(StandardCharsets.UTF_8),
                "programme.jsoX", "{}".getBytes(StandardCharsets.UTF_8)));
        Path file = write(Zips.rename(zip, "programme.jsoX", "programme.json"));

        assertRefused(file, "entry \"programme.json\" appears twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes.txt", "media/", "media/photo.jpg", "Programme.json", "media/sub/a.jpg",
            "media/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.jpg",
            "media/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.heic"})
    void unexpectedEntryIsRefused(String name) throws IOException {
        Path file = write(Zips.zip(entries("programme.json", Documents.minimal().getBytes(StandardCharsets.UTF_8),
                name, new byte[0])));

        assertRefused(file, "unexpected entry \"" + name
                + "\"; a Podium file holds only programme.json and media/<sha256>.<ext>");
    }

    @Test
    void mediaNotInTheTableIsRefused() throws IOException {
        Path file = write(Zips.podium(Documents.minimal(), entries(MEDIA_ENTRY, JPEG)));

        assertRefused(file, "entry \"" + MEDIA_ENTRY + "\" is not listed in programme.json's media table");
    }

    @Test
    void listedMediaMissingFromTheZipIsRefused() throws IOException {
        Path file = write(Zips.podium(Documents.withSlidesAndMedia("", Documents.jpegRow(SHA, 40, 30)), Map.of()));

        assertRefused(file, MEDIA_ENTRY + " (a.jpg) is listed in programme.json but missing from the file");
    }

    @Test
    void missingProgrammeJsonIsRefused() throws IOException {
        Path file = write(Zips.zip(entries(MEDIA_ENTRY, JPEG)));

        assertRefused(file, "programme.json is missing; this is not a Podium programme");
    }

    @Test
    void programmeJsonDeclaredOverSixtyFourMebibytesIsRefused() throws IOException {
        long declared = 64L * 1024 * 1024 + 1;
        Path file = write(Zips.declareSize(Zips.podium(Documents.minimal(), Map.of()), "programme.json", declared));

        assertRefused(file, "entry \"programme.json\" is " + declared + " bytes, over the limit of 64 MiB");
    }

    @Test
    void photoDeclaredOverTwoHundredFiftySixMebibytesIsRefused() throws IOException {
        long declared = 256L * 1024 * 1024 + 1;
        byte[] zip = Zips.podium(Documents.withSlidesAndMedia("", Documents.jpegRow(SHA, 40, 30)),
                entries(MEDIA_ENTRY, JPEG));
        Path file = write(Zips.declareSize(zip, MEDIA_ENTRY, declared));

        assertRefused(file, "entry \"" + MEDIA_ENTRY + "\" is " + declared + " bytes, over the limit of 256 MiB");
    }

    @Test
    void zipBombProgrammeJsonIsStoppedAtTheLimit() throws IOException {
        // Valid JSON padded with 100 000 spaces, declaring 200 bytes: only the limit is ever inflated.
        String padded = Documents.minimal() + " ".repeat(100_000);
        Path file = write(Zips.declareSize(Zips.podium(padded, Map.of()), "programme.json", 200));
        Limits limits = new Limits(4096, 1024 * 1024);

        assertThatThrownBy(() -> PodiumFile.read(file, limits, Migrations.production()))
                .isInstanceOf(PodiumFileException.class)
                .hasMessage(file + ": programme.json inflates to more than 4096 bytes (it declares 200 bytes); "
                        + "the file is damaged or was made to attack");
    }

    @Test
    void textFileIsNotAPodiumFile() throws IOException {
        Path file = write("閉幕詞：謝謝大家".getBytes(StandardCharsets.UTF_8));

        assertRefusedStartingWith(file, "not a Podium file: it is not a zip archive, or it is truncated");
    }

    @Test
    void emptyFileIsNotAPodiumFile() throws IOException {
        Path file = write(new byte[0]);

        assertRefusedStartingWith(file, "not a Podium file: it is not a zip archive, or it is truncated");
    }

    @Test
    void truncatedFileIsRefused() throws IOException {
        byte[] whole = Zips.podium(Documents.minimal(), Map.of());
        Path file = write(Arrays.copyOf(whole, whole.length - 30));

        assertRefusedStartingWith(file, "not a Podium file: it is not a zip archive, or it is truncated");
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nowhere.podium");

        assertRefused(file, "no such file");
    }

    private static Map<String, byte[]> entries(Object... nameThenBytes) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenBytes.length; i += 2) {
            entries.put((String) nameThenBytes[i], (byte[]) nameThenBytes[i + 1]);
        }
        return entries;
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("分享會.podium"), bytes);
    }

    private static void assertRefused(Path file, String problem) {
        assertThatThrownBy(() -> PodiumFile.read(file))
                .isInstanceOf(PodiumFileException.class)
                .hasMessage(file + ": " + problem)
                .extracting(e -> ((PodiumFileException) e).file()).isEqualTo(file);
    }

    private static void assertRefusedStartingWith(Path file, String problem) {
        assertThatThrownBy(() -> PodiumFile.read(file))
                .isInstanceOf(PodiumFileException.class)
                .hasMessageStartingWith(file + ": " + problem);
        assertThat(file).exists();
    }
}
