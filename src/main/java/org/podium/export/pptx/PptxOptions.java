package org.podium.export.pptx;

import java.util.Objects;

/**
 * Choices for one PPTX export.
 *
 * @param quality how photos are stored
 * @param notes   write speaker notes (segment particulars and the slide's notes)
 * @param fade    a short fade between slides; slides with an auto-advance delay get their timing either way
 */
public record PptxOptions(PhotoQuality quality, boolean notes, boolean fade) {

    public PptxOptions {
        Objects.requireNonNull(quality, "quality");
    }

    /** High-quality photos, notes and fades. */
    public static PptxOptions defaults() {
        return new PptxOptions(PhotoQuality.HIGH, true, true);
    }

    public PptxOptions withQuality(PhotoQuality newQuality) {
        return new PptxOptions(newQuality, notes, fade);
    }

    public PptxOptions withNotes(boolean newNotes) {
        return new PptxOptions(quality, newNotes, fade);
    }

    public PptxOptions withFade(boolean newFade) {
        return new PptxOptions(quality, notes, newFade);
    }
}
