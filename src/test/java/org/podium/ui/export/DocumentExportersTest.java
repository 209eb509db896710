package org.podium.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.export.ExportProgress;
import org.podium.export.handouts.HandoutOptions;
import org.podium.export.pptx.PhotoQuality;
import org.podium.export.pptx.PptxOptions;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.podium.media.MediaStore;
import org.podium.model.Programme;

/** The adapter against the real exporters: each kind writes a file its own reader opens. */
class DocumentExportersTest {

    /** Every character half an em wide; every font installed. */
    private static final SlideLayoutEngine ENGINE = new SlideLayoutEngine(Themes.bundled(),
            (text, font) -> text.codePointCount(0, text.length()) * font.sizePt() * 0.5, family -> true);

    @TempDir
    Path dir;

    private final Programme programme = TestProgrammes.withoutPhotos();
    private final DocumentExporters exporters = new DocumentExporters(ENGINE);

    private ExportRequest request(ExportKind kind, Path target) {
        return new ExportRequest(kind, programme, MediaStore.empty(), target,
                new PptxOptions(PhotoQuality.COMPACT, true, false), new HandoutOptions(2, false));
    }

    @Test
    void theDeckHasAsManySlidesAsItSaysAndAsTheLayout() throws IOException {
        Path target = dir.resolve("deck.pptx");
        List<Integer> reported = new ArrayList<>();

        int slides = exporters.export(request(ExportKind.PPTX, target), new Counting(reported));

        assertThat(slides).isEqualTo(ENGINE.layout(programme).size());
        assertThat(reported).hasSize(slides).last().isEqualTo(slides);
        try (InputStream in = Files.newInputStream(target); XMLSlideShow deck = new XMLSlideShow(in)) {
            assertThat(deck.getSlides()).hasSize(slides);
        }
    }

    @Test
    void theWorkbookHasARowPerSegment() throws IOException {
        Path target = dir.resolve("sheet.xlsx");

        int segments = exporters.export(request(ExportKind.SHEET_XLSX, target), ExportProgress.none());

        assertThat(segments).isEqualTo(7);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell).append('|')));
            assertThat(cells.toString()).contains(TestProgrammes.DIALOGUE, TestProgrammes.CLOSING);
        }
    }

    @Test
    void theSheetPdfIsWordedInTheProgrammeLanguage() throws IOException {
        Path target = dir.resolve("sheet.pdf");

        exporters.export(request(ExportKind.SHEET_PDF, target), ExportProgress.none());

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertThat(text).contains("流程表", TestProgrammes.AWARD);
        }
    }

    @Test
    void aCancelAfterTheLayoutWritesNothing() {
        Path target = dir.resolve("deck.pptx");
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public void slideWritten(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> exporters.export(request(ExportKind.PPTX, target), cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(dir).isEmptyDirectory();
    }

    private static final class Counting implements ExportProgress {
        private final List<Integer> reported;

        Counting(List<Integer> reported) {
            this.reported = reported;
        }

        @Override
        public void slideWritten(int done, int total) {
            reported.add(done);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
