package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;

/** {@code podium export} writing the running sheet and the handouts of the sample, end to end. */
class ExportDocumentsTest {

    private static final Path SAMPLE = Path.of("assets/samples/jianye-sharing-session.podium");

    @TempDir
    Path dir;

    @RegisterExtension
    final CliRun cli = new CliRun();

    @Test
    void writesTheRunningSheetBothWaysAndTheHandoutsInOneRun() throws IOException {
        Path xlsx = dir.resolve("流程表.xlsx");
        Path sheet = dir.resolve("流程表.pdf");
        Path handouts = dir.resolve("講義.pdf");
        int segments;
        int pages;
        try (OpenedProgramme opened = PodiumFile.read(SAMPLE)) {
            segments = opened.programme().segments().size();
            pages = ExportCommand.headlessLayout().layout(opened.programme()).size();
        }

        assertThat(cli.run("export", SAMPLE.toString(), "--xlsx", xlsx.toString(), "--sheet-pdf", sheet.toString(),
                "--handouts", handouts.toString(), "--per-page", "6", "--notes")).as(cli.err()).isZero();

        assertThat(cli.out()).contains("Wrote the running sheet (" + segments + " segments) to " + xlsx)
                .contains("Wrote handouts of " + pages + " slides on " + (pages + 5) / 6 + " pages to " + handouts);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            // labels in the programme's language (Traditional), whatever the machine's
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("活動流程表");
        }
        try (PDDocument pdf = Loader.loadPDF(sheet.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("總結講話");
        }
        try (PDDocument pdf = Loader.loadPDF(handouts.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo((pages + 5) / 6);
        }
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(xlsx, sheet, handouts);
    }

    @Test
    void onlyOneTwoFourOrSixSlidesAHandoutPage() {
        assertThat(cli.run("export", SAMPLE.toString(), "--handouts", dir.resolve("h.pdf").toString(), "--per-page", "3"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("1, 2, 4 or 6").contains("3");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void twoOutputsMayNotNameTheSameFile() {
        Path same = dir.resolve("out.pdf");
        assertThat(cli.run("export", SAMPLE.toString(), "--sheet-pdf", same.toString(), "--handouts", same.toString()))
                .isEqualTo(2);
        assertThat(cli.err()).contains("same file").contains(same.toString());
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void helpListsTheDocumentOptions() {
        assertThat(cli.run("export", "--help")).isZero();
        assertThat(cli.out()).contains("--xlsx=OUT", "--sheet-pdf=OUT", "--handouts=OUT", "--per-page=N",
                "--notes");
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
