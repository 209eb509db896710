package org.podium.export.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.podium.export.ExportException;
import org.podium.export.ExportProgress;
import org.podium.export.ExportReason;
import org.podium.export.ExportReason.Kind;
import org.podium.export.sheet.PdfPainter.Rgb;
import org.podium.export.sheet.SheetTable.Slice;
import org.podium.layout.BreakMode;
import org.podium.layout.FontSpec;
import org.podium.layout.LineBreaker;
import org.podium.model.Programme;

/**
 * Writes the running sheet as a PDF to print: A4 landscape, the title block on the first page, the
 * table's header row on every page, rows wrapped to their column and split across pages when they
 * must, page numbers "1 / 2". Text is real text in an embedded CJK font subset, so it can be
 * searched and copied. Written atomically, as the XLSX.
 */
public final class RunningSheetPdf {

    /** A4 landscape, in points. */
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final double MARGIN_X_PT = 36;
    static final double MARGIN_TOP_PT = 34;
    /** Bottom of the table; the footer sits below it. */
    static final double TABLE_BOTTOM_PT = PAGE.getHeight() - 46;
    static final double BODY_PT = 8.5;
    static final double LINE_PT = 12;
    static final double PAD_PT = 4;
    static final double HEADER_PT = 9;
    static final double HEADER_ROW_PT = 20;

    private RunningSheetPdf() {
    }

    /**
     * Writes {@code programme}'s running sheet to {@code target}; see
     * {@link RunningSheetXlsx#write(Programme, Locale, Path, ExportProgress)} for the arguments.
     *
     * @throws IOException naming the target and the problem (also when no CJK TrueType font is
     *                     installed); the target is then unchanged
     */
    public static void write(Programme programme, Locale labels, Path target, ExportProgress progress)
            throws IOException {
        write(RunningSheet.of(programme, SheetLabels.of(labels)), target, progress);
    }

    public static void write(RunningSheet sheet, Path target, ExportProgress progress) throws IOException {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
        try (PDDocument document = new PDDocument(); PdfFont font = PdfFont.load(document, sheet.language())) {
            draw(document, font, sheet, progress);
            properties(document, sheet);
            PdfOutput.save(document, target);
        } catch (IOException e) {
            throw new ExportException(target, ExportReason.of(Kind.SHEET_NOT_WRITTEN, ExportReason.from(e)), e);
        }
    }

    private static void draw(PDDocument document, PdfFont font, RunningSheet sheet, ExportProgress progress)
            throws IOException {
        double tableWidth = PAGE.getWidth() - 2 * MARGIN_X_PT;
        double[] widths = columnWidthsPt(sheet.columnWidthsChars(), tableWidth);
        LineBreaker breaker = new LineBreaker(font);
        FontSpec body = new FontSpec("sheet", BODY_PT, false);
        List<SheetTable.Row> rows = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            boolean banded = row.number() % 2 == 0;
            List<List<String>> cells = new ArrayList<>();
            for (SheetColumn column : SheetColumn.values()) {
                cells.add(breaker.breakLines(row.text(column), body, 0, widths[column.ordinal()] - 2 * PAD_PT,
                        BreakMode.GREEDY));
            }
            rows.add(new SheetTable.Row(cells, false, banded));
        }
        List<List<String>> total = new ArrayList<>();
        for (SheetColumn column : SheetColumn.values()) {
            total.add(column == SheetColumn.START ? List.of(sheet.labels().get("sheet.total"))
                    : column == SheetColumn.DURATION ? List.of(SheetLabels.hoursMinutes(sheet.total())) : List.of());
        }
        rows.add(new SheetTable.Row(total, true, false));

        double firstTop = MARGIN_TOP_PT + titleBlockHeight(sheet);
        List<List<Slice>> pages = SheetTable.paginate(rows, firstTop + HEADER_ROW_PT,
                MARGIN_TOP_PT + HEADER_ROW_PT, TABLE_BOTTOM_PT, LINE_PT, PAD_PT);
        int drawn = 0;
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PdfPainter painter = new PdfPainter(document, page, font)) {
                double top = MARGIN_TOP_PT;
                if (p == 0) {
                    titleBlock(painter, sheet);
                    top = firstTop;
                }
                header(painter, sheet, widths, top);
                double y = top + HEADER_ROW_PT;
                for (Slice slice : pages.get(p)) {
                    if (progress.isCancelled()) {
                        throw new CancellationException("running sheet export cancelled");
                    }
                    y = row(painter, slice, widths, y);
                    if (!slice.row().total() && slice.to() == slice.row().lineCount()) {
                        progress.slideWritten(++drawn, sheet.rows().size());
                    }
                }
                footer(painter, sheet, p + 1, pages.size());
            }
        }
    }

    /** Shares the table's width out in the proportions of the spreadsheet's column widths. */
    static double[] columnWidthsPt(double[] chars, double tableWidthPt) {
        double sum = 0;
        for (double c : chars) {
            sum += c;
        }
        double[] widths = new double[chars.length];
        for (int i = 0; i < chars.length; i++) {
            widths[i] = chars[i] / sum * tableWidthPt;
        }
        return widths;
    }

    private static double titleBlockHeight(RunningSheet sheet) {
        return 26 + (sheet.subtitle().isEmpty() ? 0 : 18) + sheet.particulars().size() * 14 + 10;
    }

    private static void titleBlock(PdfPainter painter, RunningSheet sheet) throws IOException {
        double y = MARGIN_TOP_PT + 17;
        painter.text(sheet.title(), MARGIN_X_PT, y, 17, true, Rgb.BLACK);
        painter.right(sheet.labels().get("sheet.name"), PAGE.getWidth() - MARGIN_X_PT, y, 12, true, Rgb.MUTED);
        y += 9;
        if (!sheet.subtitle().isEmpty()) {
            y += 14;
            painter.text(sheet.subtitle(), MARGIN_X_PT, y, 11, false, Rgb.MUTED);
            y += 4;
        }
        for (RunningSheet.Particular particular : sheet.particulars()) {
            y += 14;
            String label = particular.label() + "：";
            painter.text(label, MARGIN_X_PT, y, 9.5, true, Rgb.TEXT);
            painter.text(particular.value(), MARGIN_X_PT + painter.widthPt(label, 9.5) + 2, y, 9.5, false, Rgb.TEXT);
        }
    }

    private static void header(PdfPainter painter, RunningSheet sheet, double[] widths, double top)
            throws IOException {
        double width = PAGE.getWidth() - 2 * MARGIN_X_PT;
        painter.fill(MARGIN_X_PT, top, width, HEADER_ROW_PT, Rgb.HEADER_FILL);
        List<String> headings = sheet.headings();
        double x = MARGIN_X_PT;
        for (int c = 0; c < widths.length; c++) {
            painter.centred(headings.get(c), x + widths[c] / 2, top + 13.5, HEADER_PT, true, Rgb.BLACK);
            x += widths[c];
        }
        painter.line(MARGIN_X_PT, top, MARGIN_X_PT + width, top, 0.8, Rgb.RULE);
        painter.line(MARGIN_X_PT, top + HEADER_ROW_PT, MARGIN_X_PT + width, top + HEADER_ROW_PT, 1.2, Rgb.TEXT);
    }

    /** Draws one slice of a row from {@code top}; returns its bottom. */
    private static double row(PdfPainter painter, Slice slice, double[] widths, double top) throws IOException {
        double width = PAGE.getWidth() - 2 * MARGIN_X_PT;
        double height = slice.heightPt(LINE_PT, PAD_PT);
        boolean total = slice.row().total();
        if (!total && slice.row().banded()) {
            painter.fill(MARGIN_X_PT, top, width, height, Rgb.BAND_FILL);
        }
        double x = MARGIN_X_PT;
        for (SheetColumn column : SheetColumn.values()) {
            int c = column.ordinal();
            List<String> lines = slice.row().cells().get(c);
            double baseline = top + PAD_PT + LINE_PT * 0.78;
            for (int i = slice.from(); i < Math.min(slice.to(), lines.size()); i++) {
                String line = lines.get(i);
                if (total && column == SheetColumn.START) {
                    painter.right(line, x + widths[c] - PAD_PT, baseline, BODY_PT + 0.5, true, Rgb.BLACK);
                } else if (column.ordinal() <= SheetColumn.DURATION.ordinal()) {
                    painter.centred(line, x + widths[c] / 2, baseline, BODY_PT + (total ? 0.5 : 0), total, Rgb.TEXT);
                } else {
                    painter.text(line, x + PAD_PT, baseline, BODY_PT, false, Rgb.TEXT);
                }
                baseline += LINE_PT;
            }
            x += widths[c];
        }
        painter.line(MARGIN_X_PT, top + height, MARGIN_X_PT + width, top + height, total ? 1.2 : 0.4,
                total ? Rgb.TEXT : Rgb.LIGHT_RULE);
        if (total) {
            painter.line(MARGIN_X_PT, top, MARGIN_X_PT + width, top, 1.2, Rgb.TEXT);
        }
        return top + height;
    }

    private static void footer(PdfPainter painter, RunningSheet sheet, int page, int pages) throws IOException {
        double baseline = PAGE.getHeight() - 24;
        double width = PAGE.getWidth();
        painter.line(MARGIN_X_PT, baseline - 12, width - MARGIN_X_PT, baseline - 12, 0.4, Rgb.LIGHT_RULE);
        painter.text(sheet.title() + "　" + sheet.labels().get("sheet.name"), MARGIN_X_PT, baseline, 7.5, false,
                Rgb.MUTED);
        painter.centred(sheet.labels().get("sheet.page", page, pages), width / 2, baseline, 8, false, Rgb.MUTED);
    }

    private static void properties(PDDocument document, RunningSheet sheet) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(sheet.title() + " — " + sheet.labels().get("sheet.name"));
        info.setCreator("Podium");
        document.getDocumentCatalog().setLanguage(sheet.language().tag());
    }
}
