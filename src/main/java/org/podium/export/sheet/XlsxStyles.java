package org.podium.export.sheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.podium.model.Language;

/**
 * The cell styles of the running sheet workbook, made once per workbook (Excel limits a file to
 * 64,000 styles, so styles are never made per cell). Every font is the language's office CJK
 * family; a machine without it substitutes one it has (LibreOffice on Linux takes Noto Sans CJK).
 */
final class XlsxStyles {

    /** Text size of the table, in points. */
    static final short BODY_PT = 10;
    /** Height of one wrapped line of {@link #BODY_PT} text, in points (CJK fonts need about 1.4 em). */
    static final float LINE_PT = 14.5f;

    private static final byte[] HEADER_FILL = {(byte) 0xE4, (byte) 0xE4, (byte) 0xE4};
    private static final byte[] RULE = {(byte) 0x9A, (byte) 0x9A, (byte) 0x9A};
    private static final byte[] MUTED = {(byte) 0x59, (byte) 0x59, (byte) 0x59};

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle particular;
    final XSSFFont particularLabel;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle centred;
    final XSSFCellStyle time;
    final XSSFCellStyle duration;
    final XSSFCellStyle totalLabel;
    final XSSFCellStyle totalDuration;
    final XSSFCellStyle totalBlank;

    XlsxStyles(XSSFWorkbook workbook, Language language) {
        String family = officeFamily(language);
        XSSFFont body = font(workbook, family, BODY_PT, false);
        XSSFFont bold = font(workbook, family, BODY_PT, true);

        title = workbook.createCellStyle();
        title.setFont(font(workbook, family, (short) 18, true));
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        subtitle = workbook.createCellStyle();
        XSSFFont subtitleFont = font(workbook, family, (short) 12, false);
        subtitleFont.setColor(new XSSFColor(MUTED, null));
        subtitle.setFont(subtitleFont);
        subtitle.setVerticalAlignment(VerticalAlignment.CENTER);

        particular = workbook.createCellStyle();
        particular.setFont(font(workbook, family, (short) 11, false));
        particular.setVerticalAlignment(VerticalAlignment.CENTER);
        particularLabel = font(workbook, family, (short) 11, true);

        header = bordered(workbook, bold);
        header.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.MEDIUM);

        text = bordered(workbook, body);
        text.setWrapText(true);

        centred = bordered(workbook, body);
        centred.setAlignment(HorizontalAlignment.CENTER);

        time = bordered(workbook, body);
        time.setAlignment(HorizontalAlignment.CENTER);
        time.setDataFormat(workbook.createDataFormat().getFormat("h:mm"));

        // [h] counts hours past 24 and keeps a total of several hours from wrapping to a clock time
        duration = bordered(workbook, body);
        duration.setAlignment(HorizontalAlignment.CENTER);
        duration.setDataFormat(workbook.createDataFormat().getFormat("[h]:mm"));

        totalLabel = bordered(workbook, bold);
        totalLabel.setBorderTop(BorderStyle.MEDIUM);
        totalLabel.setAlignment(HorizontalAlignment.RIGHT);
        totalDuration = bordered(workbook, bold);
        totalDuration.setBorderTop(BorderStyle.MEDIUM);
        totalDuration.setAlignment(HorizontalAlignment.CENTER);
        totalDuration.setDataFormat(duration.getDataFormat());
        totalBlank = bordered(workbook, body);
        totalBlank.setBorderTop(BorderStyle.MEDIUM);
    }

    /**
     * The family Office users of the language have: Microsoft JhengHei (Traditional) or Microsoft
     * YaHei (Simplified), both on every Windows since Vista and with Office on the Mac; Calibri
     * for English.
     */
    static String officeFamily(Language language) {
        return switch (language) {
            case ZH_HANT -> "Microsoft JhengHei";
            case ZH_HANS -> "Microsoft YaHei";
            case EN -> "Calibri";
        };
    }

    private static XSSFFont font(XSSFWorkbook workbook, String family, short sizePt, boolean bold) {
        XSSFFont font = workbook.createFont();
        font.setFontName(family);
        font.setFontHeightInPoints(sizePt);
        font.setBold(bold);
        return font;
    }

    private static XSSFCellStyle bordered(XSSFWorkbook workbook, XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFColor rule = new XSSFColor(RULE, null);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setTopBorderColor(rule);
        style.setBottomBorderColor(rule);
        style.setLeftBorderColor(rule);
        style.setRightBorderColor(rule);
        return style;
    }
}
