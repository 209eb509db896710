package org.podium.layout;

import java.util.List;
import java.util.Objects;
import org.podium.model.Language;

/**
 * Family names to try in order, per script. The first one installed is used; when none is, the
 * first name is used anyway (PowerPoint on another machine may have it) and the glyph check in
 * the app tells the user what to install.
 *
 * @param zhHant Traditional Chinese, e.g. Microsoft JhengHei, PingFang TC, Noto Sans CJK TC
 * @param zhHans Simplified Chinese, e.g. Microsoft YaHei, PingFang SC, Noto Sans CJK SC
 * @param latin  Latin-only text in English programmes
 */
public record FontStacks(List<String> zhHant, List<String> zhHans, List<String> latin) {

    public FontStacks {
        zhHant = nonEmpty(zhHant, "zh-Hant");
        zhHans = nonEmpty(zhHans, "zh-Hans");
        latin = nonEmpty(latin, "latin");
    }

    private static List<String> nonEmpty(List<String> stack, String script) {
        List<String> copy = List.copyOf(Objects.requireNonNull(stack, script));
        if (copy.isEmpty() || copy.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("the " + script + " font stack needs at least one family name");
        }
        return copy;
    }

    /**
     * The stack for text in a programme of that language: the language's own stack, except that
     * English text containing Chinese characters uses the Simplified Chinese stack (a Latin font
     * would show boxes).
     */
    public List<String> forText(Language language, String text) {
        switch (language) {
            case ZH_HANT:
                return zhHant;
            case ZH_HANS:
                return zhHans;
            default:
                return Kinsoku.hasCjkScript(text) ? zhHans : latin;
        }
    }
}
