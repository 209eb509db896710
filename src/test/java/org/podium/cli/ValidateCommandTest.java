package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.io.PodiumFile;
import org.podium.io.StoredBytes;
import org.podium.io.PodiumFileException;
import org.podium.media.FileMediaStore;
import org.podium.media.MediaStore;
import org.podium.media.Sha256;
import org.podium.media.TestImages;
import org.podium.model.MediaRef;
import org.podium.model.Photo;
import org.podium.model.Programme;
import org.podium.model.SegmentId;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideId;
import org.podium.model.TitleCard;
import org.podium.render.GlyphCoverage;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliRun cli = new CliRun();

    @Test
    void missingFileArgumentIsAUsageError() {
        assertThat(cli.run("validate")).isEqualTo(2);
        assertThat(cli.err()).contains("FILE").contains("Usage:");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(cli.run("validate", "--colour", "x.podium")).isEqualTo(2);
        assertThat(cli.err()).contains("--colour");
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertThat(cli.run("validate", "--help")).isZero();
        assertThat(cli.out()).contains("Usage: podium validate").contains("FILE").contains("Exit codes:");
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("validate");
    }

    @Test
    void versionNamesPodiumAndItsVersion() {
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.out()).contains("Podium 9.9.9");
    }

    @Test
    void missingFileFailsWithThePathInTheMessage() {
        Path missing = dir.resolve("沒有這個檔案.podium");
        assertThat(cli.run("validate", missing.toString())).isEqualTo(1);
        assertThat(cli.err()).contains(missing.toString());
    }

    @Test
    void folderIsRefusedByName() {
        assertThat(cli.run("validate", dir.toString())).isEqualTo(1);
        assertThat(cli.err()).contains(dir.toString()).contains("folder");
    }

    @Test
    void garbageFileFailsAndIsLeftByteForByte() throws IOException {
        Path garbage = dir.resolve("broken.podium");
        byte[] bytes = "PK\u0003\u0004 this is not really a zip archive".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(garbage, bytes);
        assertThat(cli.run("validate", garbage.toString())).isEqualTo(1);
        assertThat(cli.err()).contains(garbage.toString());
        assertThat(Files.readAllBytes(garbage)).isEqualTo(bytes);
    }

    @Test
    void truncatedProgrammeFailsAndIsLeftByteForByte() throws IOException {
        Path whole = writeOrSkip(TestProgrammes.withoutPhotos(), "whole.podium");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("truncated.podium");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        byte[] before = Files.readAllBytes(truncated);

        assertThat(cli.run("validate", truncated.toString())).isEqualTo(1);
        assertThat(cli.err()).contains(truncated.toString());
        assertThat(Files.readAllBytes(truncated)).isEqualTo(before);
    }

    @Test
    void aDamagedFileIsExplainedInTheTerminalsLanguage() throws IOException {
        Path whole = writeOrSkip(TestProgrammes.withoutPhotos(), "whole.podium");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("中斷.podium"), Arrays.copyOf(bytes, bytes.length / 2));

        Locale.setDefault(Locale.TAIWAN);
        assertThat(cli.run("validate", truncated.toString())).isEqualTo(1);
        assertThat(cli.err()).startsWith("無法讀取 " + truncated + "：不是 Podium 節目檔：它不是 zip 壓縮檔，或是檔案不完整（");
    }

    @Test
    void anEnglishTerminalGetsTheReasonOnce() throws IOException {
        Path whole = writeOrSkip(TestProgrammes.withoutPhotos(), "whole.podium");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("cut.podium"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThat(cli.run("validate", truncated.toString())).isEqualTo(1);
        assertThat(cli.err()).startsWith("Cannot read " + truncated + ": not a Podium file: it is not a zip archive, "
                + "or it is truncated (").containsOnlyOnce(truncated.toString());
    }

    @Test
    void validProgrammePrintsItsSummaryAndExitsZero() throws IOException {
        Path file = writeOrSkip(TestProgrammes.withoutPhotos(), "jianye.podium");

        assertThat(cli.run("validate", file.toString())).isZero();
        assertThat(cli.out())
                .contains("Title: " + TestProgrammes.TITLE)
                .contains("Date: 2021-06-23")
                .contains("Segments: 7")
                .contains("Slides: 10")
                .contains("Photos: 0")
                .contains("Planned duration: 1 h 05 min")
                .contains("Valid: no problems found.");
    }

    @Test
    void warningsArePrintedButTheProgrammeIsStillValid() throws IOException {
        Programme unplanned = TestProgrammes.withoutPhotos()
                .withSegment(new SegmentId("s-closing"), s -> s.withPlannedDuration(null));
        Path file = writeOrSkip(unplanned, "unplanned.podium");

        assertThat(cli.run("validate", file.toString())).isZero();
        assertThat(cli.out()).contains("Planned duration: 1 h 00 min")
                .contains(file + ": warning: Segment 7 '" + TestProgrammes.CLOSING + "' has no planned duration.")
                .contains("Valid, with 1 warning.");
    }

    @Test
    void programmeWithErrorsListsThemOnePerLineAndExitsOne() throws IOException {
        Programme untitled = TestProgrammes.withoutPhotos().withTitle("");
        Path file = writeOrSkip(untitled, "untitled.podium");
        byte[] before = Files.readAllBytes(file);

        assertThat(cli.run("validate", file.toString())).isEqualTo(1);
        assertThat(cli.out()).contains(file + ": error: The programme has no title.")
                .contains("Not valid: 1 error, no warnings.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void charactersNoInstalledFontHasAreAWarningSayingWhichFont() throws IOException {
        assumeTrue(GlyphCoverage.installed().isInstalled("Noto Serif CJK TC")
                && !GlyphCoverage.installed().canDisplay("Noto Serif CJK TC", 0x20000), "needs fonts-noto-cjk");
        Programme rare = TestProgrammes.withoutPhotos().withSegment(new SegmentId("s-chorus"), s -> s.withSlide(
                new SlideId("t-title"), slide -> slide.withContent(new TitleCard("𠀀村「兩優一先」分享會", ""))));
        Path file = writeOrSkip(rare, "rare.podium");

        assertThat(cli.run("validate", file.toString())).isZero();
        assertThat(cli.out())
                .contains(file + ": warning: 1 character is not in the font Noto Serif CJK TC and may show as empty boxes: 𠀀.")
                .contains("Valid, with 1 warning.");
    }

    @Test
    void aDamagedPhotoIsNamedWithWhatToDoInTheTerminalsTraditionalChinese() throws IOException {
        byte[] jpeg = TestImages.jpeg(120, 90, 4);
        Path file = damagedPhoto(jpeg, "頒獎.jpg");
        String entry = "media/" + Sha256.of(jpeg) + ".jpg";
        byte[] before = Files.readAllBytes(file);

        Locale.setDefault(Locale.TAIWAN);
        assertThat(cli.run("validate", file.toString())).isEqualTo(1);
        assertThat(cli.out()).contains(file + "：錯誤：照片「頒獎.jpg」（" + entry + "）已被更動或已損毀：內容與匯入時不符。"
                        + "請開啟節目的備份副本，或從原始檔案重新匯入這張照片。")
                .contains("無效：1 個錯誤，0 個警告。");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDamagedPhotoIsAnErrorInAnEnglishTerminal() throws IOException {
        byte[] jpeg = TestImages.jpeg(120, 90, 4);
        Path file = damagedPhoto(jpeg, "award.jpg");

        assertThat(cli.run("validate", file.toString())).isEqualTo(1);
        assertThat(cli.out()).contains(file + ": error: the photo \"award.jpg\" (media/" + Sha256.of(jpeg)
                + ".jpg) has changed or is damaged: its bytes no longer match those that were imported; open a backup "
                + "copy of the programme, or import the photo again from its original");
    }

    /** A programme showing {@code jpeg} as {@code name}, saved, then one byte of the stored photo changed. */
    private Path damagedPhoto(byte[] jpeg, String name) throws IOException {
        FileMediaStore imported = new FileMediaStore();
        MediaRef photo = imported.importFile(Files.write(dir.resolve(name), jpeg));
        Programme programme = TestProgrammes.withoutPhotos().withSegment(new SegmentId("s-montage"),
                s -> s.withSlides(List.of(Slide.of(new SinglePhoto(Photo.of(photo))))));
        Path file = dir.resolve("分享會.podium");
        PodiumFile.write(file, programme, imported);
        StoredBytes.flipByteInside(file, jpeg);
        return file;
    }

    /** Writes with the real writer; skipped while org.podium.io is still the unimplemented stub. */
    private Path writeOrSkip(Programme programme, String name) throws IOException {
        Path file = dir.resolve(name);
        try {
            PodiumFile.write(file, programme, MediaStore.empty());
        } catch (PodiumFileException e) {
            assumeFalse(e.getMessage().contains("not implemented yet"), "org.podium.io is not implemented yet");
            throw e;
        }
        return file;
    }
}
