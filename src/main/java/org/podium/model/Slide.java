package org.podium.model;

import java.time.Duration;
import java.util.Objects;

/**
 * One slide of a segment: what it shows plus what every slide has.
 *
 * @param id          stable identity
 * @param content     what it shows; the kind is the content's type
 * @param notes       presenter notes; empty when none
 * @param autoAdvance time after which the presenter moves on by itself, or {@code null} to wait
 *                    for the operator
 */
public record Slide(SlideId id, SlideContent content, String notes, Duration autoAdvance) {

    public Slide {
        Objects.requireNonNull(id, "slide id");
        Objects.requireNonNull(content, "slide content");
        notes = Text.clean(notes);
        if (autoAdvance != null && (autoAdvance.isNegative() || autoAdvance.isZero())) {
            throw new IllegalArgumentException("auto-advance must be positive, was " + autoAdvance);
        }
    }

    public static Slide of(SlideContent content) {
        return new Slide(SlideId.random(), content, "", null);
    }

    public Slide withContent(SlideContent newContent) {
        return new Slide(id, newContent, notes, autoAdvance);
    }

    public Slide withNotes(String newNotes) {
        return new Slide(id, content, newNotes, autoAdvance);
    }

    public Slide withAutoAdvance(Duration newAutoAdvance) {
        return new Slide(id, content, notes, newAutoAdvance);
    }

    /** A copy with a fresh id, for duplicating. */
    public Slide withNewId() {
        return new Slide(SlideId.random(), content, notes, autoAdvance);
    }
}
