package org.podium.model;

/** Small text helpers shared by the records. */
final class Text {

    private Text() {
    }

    /** {@code null} becomes empty; line endings become {@code \n}. Leading/trailing spaces are kept. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
