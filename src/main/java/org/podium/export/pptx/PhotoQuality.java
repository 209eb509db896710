package org.podium.export.pptx;

import java.util.Locale;

/**
 * How photos are stored in an exported deck. Every distinct photo is stored once, however many
 * slides show it; slides crop it with {@code srcRect}, so the stored picture is the whole photo.
 */
public enum PhotoQuality {
    /**
     * The imported file's bytes, untouched; a photo whose EXIF orientation is not 1 is re-encoded
     * upright at full size instead (see docs/decisions/0004-pptx-export.md).
     */
    ORIGINAL(0, 0.95f),
    /** Long edge at most 2560 px, JPEG quality 0.85: sharp on a 4K projector, a few hundred KB a photo. */
    HIGH(2560, 0.85f),
    /** Long edge at most 1600 px, JPEG quality 0.75: for mailing the deck round. */
    COMPACT(1600, 0.75f);

    private final int longEdgePx;
    private final float jpegQuality;

    PhotoQuality(int longEdgePx, float jpegQuality) {
        this.longEdgePx = longEdgePx;
        this.jpegQuality = jpegQuality;
    }

    /** Largest long edge of a stored picture in pixels; 0 for no limit. */
    public int longEdgePx() {
        return longEdgePx;
    }

    /** JPEG quality 0–1 for re-encoded photos. */
    public float jpegQuality() {
        return jpegQuality;
    }

    /** The photo's size is limited by this quality when its long edge exceeds the limit. */
    boolean limits(int longEdge) {
        return longEdgePx > 0 && longEdge > longEdgePx;
    }

    /** Lower-case id as the command line takes it, e.g. {@code compact}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
