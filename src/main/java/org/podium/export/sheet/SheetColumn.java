package org.podium.export.sheet;

/**
 * The running sheet's columns, left to right, with their widths for the XLSX in Excel character
 * units (one unit is the width of a digit; a CJK character takes about two).
 */
public enum SheetColumn {
    NUMBER("number", 4, 5),
    START("start", 7, 7),
    DURATION("duration", 7, 7),
    KIND("kind", 8, 12),
    SEGMENT("segment", 18, 30),
    PEOPLE("people", 16, 30),
    CUES("cues", 18, 30),
    NOTES("notes", 24, 44);

    private final String key;
    private final int minWidthChars;
    private final int maxWidthChars;

    SheetColumn(String key, int minWidthChars, int maxWidthChars) {
        this.key = key;
        this.minWidthChars = minWidthChars;
        this.maxWidthChars = maxWidthChars;
    }

    String key() {
        return key;
    }

    /** Narrowest the column is made, in Excel character units. */
    int minWidthChars() {
        return minWidthChars;
    }

    /** Widest the column is made before its text wraps, in Excel character units. */
    int maxWidthChars() {
        return maxWidthChars;
    }
}
