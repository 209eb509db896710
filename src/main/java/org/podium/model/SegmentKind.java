package org.podium.model;

/** What a segment of the running order is; drives defaults (icons, layouts, notes). */
public enum SegmentKind {
    OPENING,
    ADDRESS,
    DIALOGUE,
    AWARD,
    PERFORMANCE,
    TESTIMONY,
    PHOTO_MONTAGE,
    INTERLUDE,
    CLOSING,
    OTHER;

    /** Lower-case id as written in the file, e.g. {@code photo-montage}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static SegmentKind fromId(String id) {
        for (SegmentKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown segment kind '" + id + "'");
    }
}
