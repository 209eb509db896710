package org.podium.model;

import java.util.Locale;

/** The slide kinds, one per {@link SlideContent} record. */
public enum SlideKind {
    TITLE,
    SECTION,
    SPEAKER,
    QUOTE,
    PHOTO,
    PHOTO_GRID,
    HONOUR_ROLL,
    TEXT,
    BLANK;

    /** Id as written in the file, e.g. {@code honour-roll}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SlideKind fromId(String id) {
        for (SlideKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown slide kind '" + id + "'");
    }
}
