package org.podium.export.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.export.ExportProgress;
import org.podium.model.Programme;
import org.podium.model.Segment;

class RunningSheetXlsxTest {

    private static final Locale TRADITIONAL = Locale.forLanguageTag("zh-Hant");

    @TempDir
    Path dir;

    @Test
    void titleBlockNamesTheEventDateVenueAndOrganiser() throws IOException {
        Programme programme = TestProgrammes.jianye();
        try (XSSFWorkbook workbook = written(programme)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("活動流程表");
            List<String> block = new ArrayList<>();
            for (int r = 0; r < headerRow(sheet); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    block.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(block.get(0)).isEqualTo(TestProgrammes.TITLE);
            assertThat(String.join("\n", block)).contains("日期：2021年6月23日（星期三）", "地點：南京市建鄴區",
                    "主辦單位：建鄴區委區級機關工委", "時間：14:30–15:35（共 1 小時 5 分鐘）");
        }
    }

    @Test
    void oneRowPerSegmentWithStartsAsTimeCellsEqualToThePlannedStarts() throws IOException {
        Programme programme = TestProgrammes.jianye();
        List<LocalTime> starts = programme.plannedStarts().orElseThrow();
        try (XSSFWorkbook workbook = written(programme)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int first = headerRow(sheet) + 1;
            List<Segment> segments = programme.segments();
            for (int i = 0; i < segments.size(); i++) {
                Row row = sheet.getRow(first + i);
                Cell start = row.getCell(SheetColumn.START.ordinal());
                assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(start)).as("start of row %d is a time", i + 1).isTrue();
                assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("h:mm");
                assertThat(Math.round(start.getNumericCellValue() * 24 * 60))
                        .isEqualTo(starts.get(i).toSecondOfDay() / 60);
                assertThat(row.getCell(SheetColumn.SEGMENT.ordinal()).getStringCellValue())
                        .isEqualTo(segments.get(i).title());
                assertThat(row.getCell(SheetColumn.KIND.ordinal()).getStringCellValue()).isNotBlank();
            }
            // the row after the segments is the total, and nothing follows it
            assertThat(sheet.getLastRowNum()).isEqualTo(first + segments.size());
            assertThat(sheet.getRow(first + 1).getCell(SheetColumn.PEOPLE.ordinal()).getStringCellValue())
                    .isEqualTo("陳懷健（建鄴區委區級機關工委書記）");
            assertThat(sheet.getRow(first + 3).getCell(SheetColumn.CUES.ordinal()).getStringCellValue())
                    .contains("投影片 1 張：名單", "名單 25 人");
        }
    }

    @Test
    void durationsAreTimeValuesThatTheTotalFormulaSums() throws IOException {
        Programme programme = TestProgrammes.jianye();
        try (XSSFWorkbook workbook = written(programme)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int first = headerRow(sheet) + 1;
            int column = SheetColumn.DURATION.ordinal();
            Cell sixth = sheet.getRow(first + 5).getCell(column);
            assertThat(sixth.getCellStyle().getDataFormatString()).isEqualTo("[h]:mm");
            assertThat(sixth.getNumericCellValue() * 24 * 60).isCloseTo(10, within());

            Cell total = sheet.getRow(first + programme.segments().size()).getCell(column);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCellFormula()).startsWith("SUM(");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            double minutes = evaluator.evaluate(total).getNumberValue() * 24 * 60;
            assertThat(minutes).isCloseTo(programme.plannedTotal().toMinutes(), within());
            assertThat(minutes).isCloseTo(65, within());
        }
    }

    @Test
    void segmentsWithoutAPlannedLengthLeaveTheirCellEmptyAndTheSumCountsTheRest() throws IOException {
        Programme programme = TestProgrammes.jianye();
        Segment unplanned = programme.segments().get(1).withPlannedDuration(null);
        programme = programme.withSegment(unplanned.id(), s -> unplanned);
        try (XSSFWorkbook workbook = written(programme)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int first = headerRow(sheet) + 1;
            int column = SheetColumn.DURATION.ordinal();
            assertThat(sheet.getRow(first + 1).getCell(column).getCellType()).isEqualTo(CellType.BLANK);
            Cell total = sheet.getRow(first + programme.segments().size()).getCell(column);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(total).getNumberValue() * 24 * 60).isCloseTo(57, within());
        }
    }

    @Test
    void printsOnA4LandscapeOnePageWideWithTheHeaderRowOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = written(TestProgrammes.jianye())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            int header = headerRow(sheet);
            assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header, -1, -1));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            assertThat(sheet.getFooter().getCenter()).isEqualTo("&P / &N");
        }
    }

    @Test
    void textWrapsInACjkFontAndCjkColumnsAreWideEnough() throws IOException {
        try (XSSFWorkbook workbook = written(TestProgrammes.jianye())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int first = headerRow(sheet) + 1;
            XSSFCellStyle notes = sheet.getRow(first).getCell(SheetColumn.NOTES.ordinal()).getCellStyle();
            assertThat(notes.getWrapText()).isTrue();
            assertThat(notes.getFont().getFontName()).isEqualTo("Microsoft JhengHei");
            // 「黨員代表合唱《沒有共產黨就沒有新中國》」 is 19 ideographs: about 38 units wide, capped at 30
            assertThat(sheet.getColumnWidth(SheetColumn.SEGMENT.ordinal()) / 256.0).isGreaterThanOrEqualTo(28);
            assertThat(sheet.getColumnWidth(SheetColumn.NUMBER.ordinal()) / 256.0).isLessThan(6);
        }
    }

    @Test
    void simplifiedAndEnglishProgrammesGetTheirOwnWordsAndFonts() throws IOException {
        Programme programme = TestProgrammes.jianye();
        Path simplified = dir.resolve("zh.xlsx");
        RunningSheetXlsx.write(programme.withLanguage(org.podium.model.Language.ZH_HANS),
                Locale.forLanguageTag("zh-Hans"), simplified, ExportProgress.none());
        try (XSSFWorkbook workbook = open(simplified)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("活动流程表");
            Row header = sheet.getRow(headerRow(sheet));
            assertThat(header.getCell(SheetColumn.CUES.ordinal()).getStringCellValue()).isEqualTo("幻灯片与提示");
            assertThat(((XSSFCellStyle) header.getCell(0).getCellStyle()).getFont().getFontName()).isEqualTo("Microsoft YaHei");
        }
        Path english = dir.resolve("en.xlsx");
        RunningSheetXlsx.write(programme, Locale.ENGLISH, english, ExportProgress.none());
        try (XSSFWorkbook workbook = open(english)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(headerRow(sheet));
            assertThat(header.getCell(SheetColumn.START.ordinal()).getStringCellValue()).isEqualTo("Start");
            // the programme is Chinese: its text keeps a CJK font whatever the labels' language
            assertThat(((XSSFCellStyle) header.getCell(0).getCellStyle()).getFont().getFontName()).isEqualTo("Microsoft JhengHei");
        }
    }

    @Test
    void aCancelledExportLeavesThePreviousFileAndNoTempFile() throws IOException {
        Path target = dir.resolve("sheet.xlsx");
        Files.writeString(target, "previous");
        ExportProgress cancelAfterTwo = new ExportProgress() {
            int rows;

            @Override
            public void slideWritten(int done, int total) {
                rows = done;
            }

            @Override
            public boolean isCancelled() {
                return rows >= 2;
            }
        };
        assertThatThrownBy(() -> RunningSheetXlsx.write(TestProgrammes.jianye(), TRADITIONAL, target, cancelAfterTwo))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(target)).isEqualTo("previous");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void aFolderThatIsMissingIsNamedInTheError() {
        Path target = dir.resolve("missing").resolve("sheet.xlsx");
        assertThatThrownBy(() -> RunningSheetXlsx.write(TestProgrammes.jianye(), TRADITIONAL, target,
                ExportProgress.none()))
                .isInstanceOf(IOException.class).hasMessageContaining(target.toString());
    }

    @Test
    void progressCountsEveryRow() throws IOException {
        List<Integer> done = new ArrayList<>();
        ExportProgress recording = new ExportProgress() {
            @Override
            public void slideWritten(int rows, int total) {
                done.add(rows);
                assertThat(total).isEqualTo(7);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        RunningSheetXlsx.write(TestProgrammes.jianye(), TRADITIONAL, dir.resolve("s.xlsx"), recording);
        assertThat(done).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private XSSFWorkbook written(Programme programme) throws IOException {
        Path target = dir.resolve("sheet.xlsx");
        RunningSheetXlsx.write(programme, TRADITIONAL, target, ExportProgress.none());
        return open(target);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Row of the column headings: the first row whose first cell says 序. */
    private static int headerRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING
                    && List.of("序", "#").contains(first.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no header row");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-6);
    }

}
