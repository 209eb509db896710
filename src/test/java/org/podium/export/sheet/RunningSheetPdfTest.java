package org.podium.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.export.ExportProgress;
import org.podium.model.Person;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.SegmentKind;

class RunningSheetPdfTest {

    private static final Locale TRADITIONAL = Locale.forLanguageTag("zh-Hant");

    @TempDir
    Path dir;

    @Test
    void theSampleSheetIsOneLandscapePageWithEverySegmentNameAndTime() throws IOException {
        Path target = dir.resolve("sheet.pdf");
        RunningSheetPdf.write(TestProgrammes.jianye(), TRADITIONAL, target, ExportProgress.none());
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            String text = compact(new PDFTextStripper().getText(pdf));
            assertThat(text).contains(compact(TestProgrammes.TITLE), "活動流程表", "2021年6月23日（星期三）",
                    "南京市建鄴區", "14:30–15:35");
            for (Segment segment : TestProgrammes.jianye().segments()) {
                assertThat(text).contains(compact(segment.title()));
            }
            assertThat(text).contains("陳懷健（建鄴區委區級機關工委書記）", "朱長祿（建鄴區原區長）", "14:43", "0:15",
                    "合計1:05", "1/1");
        }
    }

    @Test
    void textIsInAnEmbeddedFontSubset() throws IOException {
        Path target = dir.resolve("sheet.pdf");
        RunningSheetPdf.write(TestProgrammes.jianye(), TRADITIONAL, target, ExportProgress.none());
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            PDPage page = pdf.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                // a subset's name starts with six capitals and a plus
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            });
        }
        assertThat(Files.size(target)).as("a subset, not the whole CJK font").isLessThan(300_000);
    }

    @Test
    void aLongProgrammeRepeatsTheHeaderAndNumbersEveryPage() throws IOException {
        Programme programme = TestProgrammes.jianye();
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            segments.add(Segment.of(SegmentKind.AWARD, "頒獎第" + (i + 1) + "組")
                    .withPeople(List.of(new Person("王建國", "建鄴區區級機關")))
                    .withPlannedDuration(Duration.ofMinutes(3)));
        }
        Path target = dir.resolve("long.pdf");
        RunningSheetPdf.write(programme.withSegments(segments), TRADITIONAL, target, ExportProgress.none());
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = compact(stripper.getText(pdf));
                assertThat(text).as("page %d", p).contains("環節", "人員", p + "/" + pages);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = compact(stripper.getText(pdf));
            for (int i = 1; i <= 60; i++) {
                assertThat(all).contains("頒獎第" + i + "組");
            }
            assertThat(all).contains("合計3:00");
        }
    }

    @Test
    void notesTallerThanAPageContinueOnTheNextWithNothingLost() throws IOException {
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < 160; i++) {
            notes.append("第").append(i).append("句提示：主持人請嘉賓上台。");
        }
        Programme programme = TestProgrammes.jianye();
        Segment first = programme.segments().get(0).withNotes(notes.toString());
        programme = programme.withSegment(first.id(), s -> first);
        Path target = dir.resolve("notes.pdf");
        RunningSheetPdf.write(programme, TRADITIONAL, target, ExportProgress.none());
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String all = compact(new PDFTextStripper().getText(pdf));
            assertThat(all).contains("第0句提示", "第80句提示", "第159句提示：主持人請嘉賓上台。");
        }
    }

    @Test
    void aCancelledExportLeavesThePreviousFileAndNoTempFile() throws IOException {
        Path target = dir.resolve("sheet.pdf");
        Files.writeString(target, "previous");
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public void slideWritten(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> RunningSheetPdf.write(TestProgrammes.jianye(), TRADITIONAL, target, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(RunningSheetXlsxTest.filesIn(dir)).containsExactly(target);
    }

    @Test
    void aFailedMoveLeavesWhatWasThereAndNoTempFile() throws IOException {
        // the target is a folder with a file in it: the finished PDF cannot replace it
        Path target = Files.createDirectory(dir.resolve("sheet.pdf"));
        Files.writeString(target.resolve("keep.txt"), "kept");
        assertThatThrownBy(() -> RunningSheetPdf.write(TestProgrammes.jianye(), TRADITIONAL, target,
                ExportProgress.none()))
                .isInstanceOf(IOException.class).hasMessageContaining(target.toString());
        assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("kept");
        assertThat(RunningSheetXlsxTest.filesIn(dir)).containsExactly(target);
    }

    @Test
    void aProgrammeWithoutSegmentsStillGivesATitledSheetWithAZeroTotal() throws IOException {
        Programme empty = Programme.empty("空白節目", org.podium.model.Language.ZH_HANT);
        Path pdf = dir.resolve("empty.pdf");
        Path xlsx = dir.resolve("empty.xlsx");
        RunningSheetPdf.write(empty, TRADITIONAL, pdf, ExportProgress.none());
        RunningSheetXlsx.write(empty, TRADITIONAL, xlsx, ExportProgress.none());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(compact(new PDFTextStripper().getText(document))).contains("空白節目", "未定開始時間", "合計0:00");
        }
        try (java.io.InputStream in = Files.newInputStream(xlsx);
             org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("空白節目");
        }
    }

    @Test
    void aMissingFolderIsNamedInTheError() {
        Path missing = dir.resolve("missing").resolve("sheet.pdf");
        assertThatThrownBy(() -> RunningSheetPdf.write(TestProgrammes.jianye(), TRADITIONAL, missing,
                ExportProgress.none()))
                .isInstanceOf(IOException.class).hasMessageContaining(missing.toString());
    }

    /** Text without the spaces and line breaks the extraction puts between table cells and lines. */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
