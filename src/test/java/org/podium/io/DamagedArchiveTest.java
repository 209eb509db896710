package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.media.Sha256;
import org.podium.media.TestImages;

/**
 * Damage found by fuzzing the loader: each case once ended in a message without the file's name,
 * a bare "null", or minutes of inflating. Each now ends in a message that names the file.
 */
class DamagedArchiveTest {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;

    private static final byte[] JPEG = TestImages.jpeg(40, 30, 1);
    private static final String SHA = Sha256.of(JPEG);
    private static final String MEDIA_ENTRY = "media/" + SHA + ".jpg";

    @TempDir
    Path dir;

    @Test
    void endRecordClaimingACommentPastTheEndIsReportedAsTruncated() throws IOException {
        byte[] zip = Zips.podium(Documents.minimal(), Map.of());
        // the last two bytes are the comment length: 32 KiB of comment that is not there
        zip[zip.length - 1] = 0x7f;
        Path file = write(zip);

        assertThatThrownBy(() -> PodiumFile.read(file))
                .isInstanceOf(PodiumFileException.class)
                .hasMessage(file + ": not a Podium file: it is not a zip archive, or it is truncated (it ends too early)");
    }

    @Test
    void photoWithADamagedLocalHeaderIsReportedWithTheFileAndEntry() throws IOException {
        byte[] zip = onePhoto();
        int photoHeader = nthLocalHeader(zip, 1);
        zip[photoHeader] = 'X';
        Path file = write(zip);

        try (OpenedProgramme opened = PodiumFile.read(file)) {
            List<MediaProblem> problems = PodiumFile.verifyMedia(opened);

            assertThat(problems).singleElement().satisfies(problem -> assertThat(problem.message())
                    .startsWith(file + ": the photo \"a.jpg\" (" + MEDIA_ENTRY + ") is damaged: ")
                    .contains("invalid LOC header")
                    .endsWith("; open a backup copy of the programme, or import the photo again from its original"));
        }
    }

    @Test
    void photoInflatingPastItsDeclaredSizeIsStoppedThere() throws IOException {
        Path file = write(Zips.declareSize(onePhoto(), MEDIA_ENTRY, 100));

        try (OpenedProgramme opened = PodiumFile.read(file)) {
            List<MediaProblem> problems = PodiumFile.verifyMedia(opened);

            assertThat(problems).singleElement().extracting(MediaProblem::message).isEqualTo(file + ": the photo \"a.jpg\" ("
                    + MEDIA_ENTRY + ") holds more than 100 bytes, so it is damaged or too large; open a backup copy of "
                    + "the programme, or import the photo again from its original");
        }
    }

    /**
     * The JDK's ZipFile does not check CRCs; programme.json has no other checksum (photos have their
     * SHA-256), so a flipped bit that still inflates to valid JSON would be read as the programme.
     */
    @Test
    void programmeJsonNotMatchingItsCrcIsRefused() throws IOException {
        byte[] zip = Zips.podium(Documents.minimal(), Map.of());
        int record = centralRecord(zip, "programme.json");
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(record + 16, b.getInt(record + 16) ^ 1);
        Path file = write(zip);

        assertThatThrownBy(() -> PodiumFile.read(file))
                .isInstanceOf(PodiumFileException.class)
                .hasMessage(file + ": programme.json is damaged: its bytes do not match the CRC-32 the archive "
                        + "records for them");
    }

    /**
     * Two photos whose central records share one entry's bytes: the pattern of overlapping zip
     * bombs, where many small, honestly declared entries each inflate the same data.
     */
    @Test
    void entriesSharingTheirBytesAreRefused() throws IOException {
        byte[] other = {1};
        String otherSha = Sha256.of(other);
        String otherEntry = "media/" + otherSha + ".jpg";
        Map<String, byte[]> media = new LinkedHashMap<>();
        media.put(MEDIA_ENTRY, JPEG);
        media.put(otherEntry, other);
        byte[] zip = Zips.podium(Documents.withSlidesAndMedia("",
                Documents.jpegRow(SHA, 40, 30) + ", " + Documents.jpegRow(otherSha, 1, 1)), media);
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int source = centralRecord(zip, MEDIA_ENTRY);
        int copy = centralRecord(zip, otherEntry);
        b.putShort(copy + 10, b.getShort(source + 10));
        for (int field : new int[] {16, 20, 24, 42}) { // crc, compressed size, size, local header offset
            b.putInt(copy + field, b.getInt(source + field));
        }
        Path file = write(zip);

        assertThatThrownBy(() -> PodiumFile.read(file))
                .isInstanceOf(PodiumFileException.class)
                .hasMessageStartingWith(file + ": its entries claim ")
                .hasMessageEndingWith("; entries overlap, so the file is damaged or was made to attack");
    }

    private static byte[] onePhoto() {
        return Zips.podium(Documents.withSlidesAndMedia("", Documents.jpegRow(SHA, 40, 30)), Map.of(MEDIA_ENTRY, JPEG));
    }

    private static int nthLocalHeader(byte[] zip, int n) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0, seen = 0; at + 4 <= zip.length; at++) {
            if (b.getInt(at) == LOCAL_HEADER && seen++ == n) {
                return at;
            }
        }
        throw new IllegalArgumentException("fewer than " + (n + 1) + " local headers");
    }

    private static int centralRecord(byte[] zip, String name) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 + nameBytes.length <= zip.length; at++) {
            if (b.getInt(at) == CENTRAL_HEADER && Short.toUnsignedInt(b.getShort(at + 28)) == nameBytes.length
                    && java.util.Arrays.equals(zip, at + 46, at + 46 + nameBytes.length, nameBytes, 0, nameBytes.length)) {
                return at;
            }
        }
        throw new IllegalArgumentException("no central record " + name);
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("分享會.podium"), bytes);
    }
}
