package org.podium.layout;

/**
 * Simple CJK punctuation compression by substitution, so that every consumer draws compressed
 * text as one plain string. Full-width punctuation carries half an em of blank beside its ink;
 * two marks in a row ("，「", "」。") or a mark beside an ideographic space ("」　到") leave a
 * gap of a whole em. Where a half-width form of the mark exists (「」、。 have ｢｣､｡, U+FF61–FF64)
 * the layout swaps it in; an ideographic space (U+3000) beside a mark becomes an en space
 * (U+2002, half an em). The substitution keeps the text's length, so it maps one to one onto
 * the original for line breaking. Marks without a half-width form (，（）『』) stay as they are.
 */
public final class PunctuationCompression {

    /** Full-width marks with their blank half on the right. */
    private static final String CLOSING = "，。、；：！？」』）》〉】〕";
    /** Full-width marks with their blank half on the left. */
    private static final String OPENING = "「『（《〈【〔";
    private static final String FULL = "「」、。";
    private static final String HALF = "｢｣､｡";
    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final char EN_SPACE = '\u2002';

    private PunctuationCompression() {
    }

    /**
     * The text with adjacent marks compressed: of a closing mark followed by another mark or an
     * ideographic space the first takes half width (「初心」，→「初心｣，); an opening mark after a
     * closing one that could not be compressed takes half width itself (，「 → ，｢); an
     * ideographic space next to a mark becomes an en space (「鄴」　到 → 「鄴｣ 到, half an em
     * between the bracket's ink and the next character). Same length as {@code text}.
     */
    static String apply(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char[] out = text.toCharArray();
        boolean previousCompressed = false;
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            char previous = i > 0 ? text.charAt(i - 1) : 0;
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            boolean compressed = false;
            if (c == IDEOGRAPHIC_SPACE && (isMark(previous) || isMark(next))) {
                out[i] = EN_SPACE;
            } else if (CLOSING.indexOf(c) >= 0 && (isMark(next) || next == IDEOGRAPHIC_SPACE) && FULL.indexOf(c) >= 0) {
                out[i] = HALF.charAt(FULL.indexOf(c));
                compressed = true;
            } else if (OPENING.indexOf(c) >= 0 && CLOSING.indexOf(previous) >= 0 && !previousCompressed
                    && FULL.indexOf(c) >= 0) {
                out[i] = HALF.charAt(FULL.indexOf(c));
                compressed = true;
            }
            previousCompressed = compressed;
        }
        return new String(out);
    }

    /**
     * The text with the substituted forms turned back into the full-width ones (half-width
     * corner brackets and 、。 and en spaces into ideographic spaces): for comparing laid-out
     * lines with the source text, or searching them. A half-width form the source itself held
     * comes back full width too.
     */
    public static String undo(String text) {
        if (text == null) {
            return null;
        }
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            int half = HALF.indexOf(out[i]);
            if (half >= 0) {
                out[i] = FULL.charAt(half);
            } else if (out[i] == EN_SPACE) {
                out[i] = IDEOGRAPHIC_SPACE;
            }
        }
        return new String(out);
    }

    private static boolean isMark(char c) {
        return c != 0 && (CLOSING.indexOf(c) >= 0 || OPENING.indexOf(c) >= 0);
    }
}
