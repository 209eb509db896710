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

    public static final String PLACEHOLDER = "placeholder";

    /** Followed by the field's id, e.g. {@code inspector-field-caption}. */
    public static final String INSPECTOR_FIELD_PREFIX = "inspector-field-";
    public static final String PEOPLE_TABLE = "people-table";
    public static final String PEOPLE_BUTTONS = "people-buttons";
    public static final String PICTURE_CHOOSER = "picture-chooser";
    public static final String INSPECTOR_PAIRS = "inspector-pairs";
    public static final String PHOTO_CELL = "photo-cell";
    public static final String PHOTO_BOX = "photo-box";
    public static final String PHOTO_THUMBNAIL = "photo-thumbnail";
    public static final String PHOTO_CAPTION = "photo-caption";
    public static final String PICTURE_IMPORT = "picture-import";
    public static final String PICTURE_REMOVE = "picture-remove";
    /** Around the drawn slide in the centre, for its shadow. */
    public static final String PREVIEW_FRAME = "preview-frame";
    /** Why the text of a field above is not applied. */
    public static final String FIELD_ERROR = "field-error";
    /** A segment row whose planned duration is not set. */
    public static final String NO_DURATION = "no-duration";
    public static final String ROW_WARNING = "row-warning";
    /** A row under the pointer during a drag: the dragged row would take its place. */
    public static final String DROP_TARGET = "drop-target";
    public static final String PROBLEM_ERROR = "problem-error";
    public static final String PROBLEM_WARNING = "problem-warning";

    /** The language style class for the chrome in {@code locale}. */
    public static String language(java.util.Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return LANG_OTHER;
        }
        return UiLocale.isTraditionalChinese(locale) ? LANG_ZH_HANT : LANG_ZH_HANS;
    }
}
