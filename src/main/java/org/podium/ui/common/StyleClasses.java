package org.podium.ui.common;

/** Style-class names used from Java; the stylesheets define what they look like. */
public final class StyleClasses {

    private StyleClasses() {
    }

    public static final String DIALOG = "podium-dialog";

    /** On the scene root: the chrome's language, which picks the CJK font (TC or SC). */
    public static final String LANG_ZH_HANT = "lang-zh-hant";
    public static final String LANG_ZH_HANS = "lang-zh-hans";
    public static final String LANG_OTHER = "lang-other";

    public static final String KIND_PILL = "kind-pill";
    /** Followed by the segment kind's id, e.g. {@code segment-kind-award}. */
    public static final String SEGMENT_KIND_PREFIX = "segment-kind-";
    public static final String SLIDE_KIND = "slide-kind";

    public static final String ROW = "running-order-row";
    public static final String SEGMENT_ROW = "segment-row";
    public static final String SLIDE_ROW = "slide-row";
    public static final String ROW_TIME = "row-time";
    public static final String ROW_TITLE = "row-title";
    public static final String ROW_DURATION = "row-duration";
    public static final String ROW_NUMBER = "row-number";
    public static final String ROW_SUMMARY = "row-summary";

    public static final String DETAILS_LABEL = "details-label";
    public static final String DETAILS_VALUE = "details-value";
    public static final String DETAILS_EMPTY = "details-empty";

    public static final String PLACEHOLDER = "placeholder";

    /** The language style class for the chrome in {@code locale}. */
    public static String language(java.util.Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return LANG_OTHER;
        }
        return UiLocale.isTraditionalChinese(locale) ? LANG_ZH_HANT : LANG_ZH_HANS;
    }
}
