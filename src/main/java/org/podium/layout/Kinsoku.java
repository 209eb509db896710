package org.podium.layout;

/**
 * Character classes for line breaking (Chinese and Japanese kinsoku shori, plus the ASCII
 * equivalents). Code points, not chars, so characters outside the BMP are handled.
 */
final class Kinsoku {

    /** Never at the start of a line: closing brackets and quotes, stops, commas, small kana, iteration marks. */
    private static final String NO_START = "，。、；：？！」』）》〉】〕〗〙〛｝］｠’”»›・…‥‼⁇⁈⁉"
            + "．，：；？！）］｝〟﹐﹑﹒﹔﹕﹖﹗﹚﹜﹞％℃°′″‰"
            + "ヽヾーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々〻゛゜ゝゞ〜～"
            + ",.;:!?)]}%";

    /** Never at the end of a line: opening brackets and quotes, currency prefixes. */
    private static final String NO_END = "「『（《〈【〔〖〘〚｛［｟‘“«‹〝﹙﹛﹝＄￥$£¥€([{";

    /** Runs of these are never split: "——", "……". */
    private static final String INSEPARABLE = "—―…‥⸺⸻";

    /** Middle dots join the words on both sides when they touch them ("阿依古麗·買買提"). */
    private static final String JOINING_DOTS = "·・‧";

    private Kinsoku() {
    }

    static boolean isNoStart(int cp) {
        return NO_START.indexOf(cp) >= 0;
    }

    static boolean isNoEnd(int cp) {
        return NO_END.indexOf(cp) >= 0;
    }

    /** A middle dot: no break on either side where it touches a character; a space beside it may break. */
    static boolean isJoiningDot(int cp) {
        return JOINING_DOTS.indexOf(cp) >= 0;
    }

    static boolean isInseparable(int cp) {
        return INSEPARABLE.indexOf(cp) >= 0;
    }

    /** True for punctuation (of either script) that does not count as a character of a word. */
    static boolean isPunctuation(int cp) {
        return NO_START.indexOf(cp) >= 0 || NO_END.indexOf(cp) >= 0 || INSEPARABLE.indexOf(cp) >= 0
                || JOINING_DOTS.indexOf(cp) >= 0;
    }

    static boolean isSpace(int cp) {
        return cp != 0x00A0 && cp != 0x202F && cp != 0x2007 && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }

    /** Combining marks and variation selectors stay with the character before them. */
    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x200D;
    }

    /**
     * True for characters between which a line may break on its own, without spaces: ideographs,
     * kana, hangul, full-width forms, and the CJK punctuation and quotes.
     */
    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                || block == Character.UnicodeBlock.SMALL_FORM_VARIANTS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY) {
            return true;
        }
        return cp > 0x7F && (isPunctuation(cp) || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D);
    }

    /** True when the text holds at least one ideograph, kana or hangul. */
    static boolean hasCjkScript(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
        });
    }

    /** Characters that count towards a line's length: letters, digits, ideographs; not punctuation or spaces. */
    static int visibleCount(String text) {
        return (int) text.codePoints().filter(cp -> !isSpace(cp) && !isPunctuation(cp) && !isMark(cp)).count();
    }
}
