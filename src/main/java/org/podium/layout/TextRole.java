package org.podium.layout;

/**
 * What a piece of text is on the slide. It selects the theme's type style, and tells an exporter
 * what the text means (the PPTX title placeholder takes {@link #isTitle()} text).
 */
public enum TextRole {
    /** The event title on the title slide. */
    TITLE,
    SUBTITLE,
    /** The big heading of a section slide. */
    SECTION,
    /** Heading of a text slide or an honour roll. */
    HEADING,
    /** Small line above a heading or name, naming the segment. */
    KICKER,
    BODY,
    QUOTE,
    ATTRIBUTION,
    /** A speaker's name on a speaker card. */
    NAME,
    /** A speaker's role on a speaker card. */
    ROLE,
    /** A name on an honour roll. */
    ROLL_NAME,
    /** An honouree's unit on an honour roll. */
    ROLL_ROLE,
    CAPTION,
    CREDIT,
    /** Date, venue and organiser on the title slide. */
    DETAILS,
    /** "(1/2)" on a paged honour roll. */
    PAGE_MARKER;

    /** True for the text an exporter should treat as the slide's title. */
    public boolean isTitle() {
        return this == TITLE || this == SECTION || this == HEADING;
    }

    /** The key used in theme files, e.g. {@code roll-name}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
