package org.podium.export.sheet;

/**
 * Widths of text in Excel character units: a digit or Latin letter is about one unit, an
 * ideograph, kana, Hangul or full-width form about two. Used to size columns and to estimate how
 * many lines a wrapped cell takes, since a spreadsheet file carries no measured text.
 */
final class CellText {

    private CellText() {
    }

    /** Width of the widest line of {@code text}, in Excel character units. */
    static double widestLineChars(String text) {
        double widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, lineChars(line));
        }
        return widest;
    }

    /** Lines {@code text} takes wrapped in a column {@code widthChars} wide; at least 1. */
    static int wrappedLines(String text, double widthChars) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(lineChars(line) / Math.max(1, widthChars)));
        }
        return Math.max(1, lines);
    }

    static double lineChars(String line) {
        double chars = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            chars += isWide(c) ? 2 : 0.95;
            i += Character.charCount(c);
        }
        return chars;
    }

    /** East Asian wide and full-width characters (ideographs, kana, Hangul, CJK punctuation). */
    static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F
                || c >= 0x2E80 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x20000 && c <= 0x3FFFD;
    }
}
