package org.podium.export.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podium.export.AtomicOutput;
import org.podium.export.ExportException;
import org.podium.export.ExportProgress;
import org.podium.export.ExportReason;
import org.podium.export.ExportReason.Kind;
import org.podium.model.Programme;

/**
 * Writes the running sheet as an Excel workbook for the event office: a title block, one row per
 * segment under a header row, and a total. Start times are real time cells ({@code h:mm}) and
 * lengths are durations ({@code [h]:mm}) summed by a formula, so organisers can re-plan in Excel.
 * Printing is set up: A4 landscape, one page wide, the header row on every page, page numbers.
 *
 * <p>The file is written beside the target and moved over it only when complete: a failure or a
 * cancel leaves any previous file as it was.
 */
public final class RunningSheetXlsx {

    private static final double SECONDS_PER_DAY = 86_400;

    private RunningSheetXlsx() {
    }

    /**
     * Writes {@code programme}'s running sheet to {@code target}.
     *
     * @param labels   language of the sheet's words; usually {@code programme.language().locale()}
     * @param progress told after each row ({@code slideWritten(row, rows)}); asked between rows
     *                 whether to stop
     * @throws IOException           naming the target and the problem; the target is then unchanged
     * @throws CancellationException when {@code progress} asked to stop; the target is unchanged
     */
    public static void write(Programme programme, Locale labels, Path target, ExportProgress progress)
            throws IOException {
        write(RunningSheet.of(programme, SheetLabels.of(labels)), target, progress);
    }

    /** Writes a sheet already worded; see {@link #write(Programme, Locale, Path, ExportProgress)}. */
    public static void write(RunningSheet sheet, Path target, ExportProgress progress) throws IOException {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
        AtomicOutput out;
        try {
            out = AtomicOutput.beside(target);
        } catch (IOException e) {
            throw new ExportException(target, ExportReason.of(Kind.SHEET_NOT_WRITTEN, ExportReason.from(e)), e);
        }
        try (out; XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, sheet, progress);
            workbook.write(out.stream());
            out.commit();
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a full disk as an unchecked "failed to be saved"
            throw new ExportException(target, ExportReason.of(Kind.SHEET_NOT_WRITTEN, out.reason(e)), e);
        }
    }

    private static void fill(XSSFWorkbook workbook, RunningSheet sheet, ExportProgress progress) {
        XlsxStyles styles = new XlsxStyles(workbook, sheet.language());
        String name = sheet.labels().get("sheet.name");
        XSSFSheet table = workbook.createSheet(name);
        int lastColumn = SheetColumn.values().length - 1;
        double[] widths = sheet.columnWidthsChars();
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, (int) Math.round(widths[c] * 256));
        }

        int r = 0;
        r = mergedLine(table, r, lastColumn, new XSSFRichTextString(sheet.title()), styles.title, 30);
        if (!sheet.subtitle().isEmpty()) {
            r = mergedLine(table, r, lastColumn, new XSSFRichTextString(sheet.subtitle()), styles.subtitle, 20);
        }
        for (RunningSheet.Particular particular : sheet.particulars()) {
            String label = particular.label() + "：";
            XSSFRichTextString line = new XSSFRichTextString(label + particular.value());
            line.applyFont(0, label.length(), styles.particularLabel);
            r = mergedLine(table, r, lastColumn, line, styles.particular, 17);
        }
        r++;

        int headerRow = r;
        XSSFRow header = table.createRow(r++);
        header.setHeightInPoints(22);
        List<String> headings = sheet.headings();
        for (int c = 0; c < headings.size(); c++) {
            cell(header, c, styles.header).setCellValue(headings.get(c));
        }

        int firstData = r;
        List<SheetRow> rows = sheet.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (progress.isCancelled()) {
                throw new CancellationException("running sheet export cancelled");
            }
            segmentRow(table.createRow(r++), rows.get(i), styles, widths);
            progress.slideWritten(i + 1, rows.size());
        }
        int lastData = r - 1;
        totalRow(table.createRow(r++), sheet, styles, firstData, lastData);

        table.createFreezePane(0, headerRow + 1);
        table.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        workbook.setPrintArea(0, 0, lastColumn, 0, r - 1);
        printSetup(table, sheet, name);
        properties(workbook, sheet, name);
    }

    /** One line of the title block across the table's width; returns the next row. */
    private static int mergedLine(XSSFSheet table, int r, int lastColumn, XSSFRichTextString text,
                                  XSSFCellStyle style, float heightPt) {
        XSSFRow row = table.createRow(r);
        row.setHeightInPoints(heightPt);
        cell(row, 0, style).setCellValue(text);
        table.addMergedRegion(new CellRangeAddress(r, r, 0, lastColumn));
        return r + 1;
    }

    private static void segmentRow(XSSFRow row, SheetRow line, XlsxStyles styles, double[] widths) {
        int lines = 1;
        for (SheetColumn column : SheetColumn.values()) {
            int c = column.ordinal();
            switch (column) {
                case NUMBER -> cell(row, c, styles.centred).setCellValue(line.number());
                case START -> {
                    XSSFCell cell = cell(row, c, styles.time);
                    if (line.start() != null) {
                        cell.setCellValue(dayFraction(line.start()));
                    }
                }
                case DURATION -> {
                    XSSFCell cell = cell(row, c, styles.duration);
                    if (line.duration() != null) {
                        cell.setCellValue(dayFraction(line.duration()));
                    }
                }
                default -> {
                    String text = line.text(column);
                    cell(row, c, styles.text).setCellValue(text);
                    lines = Math.max(lines, CellText.wrappedLines(text, widths[c] - RunningSheet.CELL_PADDING_CHARS));
                }
            }
        }
        // a file carries no measured text: the height is set from an estimate so that Excel and
        // LibreOffice both print every wrapped line
        row.setHeightInPoints(lines * XlsxStyles.LINE_PT + 5);
    }

    private static void totalRow(XSSFRow row, RunningSheet sheet, XlsxStyles styles, int firstData, int lastData) {
        row.setHeightInPoints(20);
        for (SheetColumn column : SheetColumn.values()) {
            int c = column.ordinal();
            if (column == SheetColumn.DURATION) {
                XSSFCell total = cell(row, c, styles.totalDuration);
                if (lastData >= firstData) {
                    String letter = CellReference.convertNumToColString(c);
                    total.setCellFormula("SUM(" + letter + (firstData + 1) + ":" + letter + (lastData + 1) + ")");
                } else {
                    total.setCellValue(0);
                }
            } else if (column == SheetColumn.START) {
                cell(row, c, styles.totalLabel).setCellValue(sheet.labels().get("sheet.total"));
            } else {
                cell(row, c, styles.totalBlank);
            }
        }
    }

    private static void printSetup(XSSFSheet table, RunningSheet sheet, String name) {
        PrintSetup print = table.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        // one page wide, as many pages tall as the rows need
        table.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        table.setHorizontallyCenter(true);
        table.setMargin(PageMargin.LEFT, 0.5);
        table.setMargin(PageMargin.RIGHT, 0.5);
        table.setMargin(PageMargin.TOP, 0.7);
        table.setMargin(PageMargin.BOTTOM, 0.7);
        table.setMargin(PageMargin.HEADER, 0.3);
        table.setMargin(PageMargin.FOOTER, 0.3);
        table.getHeader().setLeft(headerText(name));
        table.getHeader().setRight(headerText(sheet.title()));
        table.getFooter().setCenter(sheet.labels().get("sheet.page", "&P", "&N"));
        table.setDisplayGridlines(false);
        table.setPrintGridlines(false);
    }

    /** Header text with {@code &} doubled: a single one starts a header code. */
    private static String headerText(String text) {
        return text.replace("&", "&&");
    }

    private static void properties(XSSFWorkbook workbook, RunningSheet sheet, String name) {
        var core = workbook.getProperties().getCoreProperties();
        core.setTitle(sheet.title() + " — " + name);
        core.setCreator("Podium");
        core.setDescription(sheet.labels().get("sheet.fontNote", XlsxStyles.officeFamily(sheet.language())));
    }

    private static XSSFCell cell(XSSFRow row, int column, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    /** A clock time as Excel stores it: the fraction of a day. */
    static double dayFraction(LocalTime time) {
        return time.toSecondOfDay() / SECONDS_PER_DAY;
    }

    /** A length as Excel stores it: days, so 6 minutes is 6 / 1440. */
    static double dayFraction(Duration duration) {
        return duration.getSeconds() / SECONDS_PER_DAY;
    }
}
