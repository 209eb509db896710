package org.podium.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One item of the running order: an address, a dialogue, an award presentation…
 *
 * @param id              stable identity
 * @param kind            what sort of segment
 * @param title           as printed in the running sheet
 * @param people          who appears, with roles
 * @param plannedDuration planned length, or {@code null} when not yet planned
 * @param notes           presenter notes for the whole segment
 * @param slides          in showing order
 */
public record Segment(SegmentId id, SegmentKind kind, String title, List<Person> people, Duration plannedDuration,
                      String notes, List<Slide> slides) {

    public Segment {
        Objects.requireNonNull(id, "segment id");
        Objects.requireNonNull(kind, "segment kind");
        title = Text.clean(title);
        people = List.copyOf(Objects.requireNonNull(people, "people"));
        if (plannedDuration != null && plannedDuration.isNegative()) {
            throw new IllegalArgumentException("planned duration cannot be negative: " + plannedDuration);
        }
        notes = Text.clean(notes);
        slides = List.copyOf(Objects.requireNonNull(slides, "slides"));
    }

    public static Segment of(SegmentKind kind, String title) {
        return new Segment(SegmentId.random(), kind, title, List.of(), null, "", List.of());
    }

    public Segment withKind(SegmentKind newKind) {
        return new Segment(id, newKind, title, people, plannedDuration, notes, slides);
    }

    public Segment withTitle(String newTitle) {
        return new Segment(id, kind, newTitle, people, plannedDuration, notes, slides);
    }

    public Segment withPeople(List<Person> newPeople) {
        return new Segment(id, kind, title, newPeople, plannedDuration, notes, slides);
    }

    public Segment withPlannedDuration(Duration newDuration) {
        return new Segment(id, kind, title, people, newDuration, notes, slides);
    }

    public Segment withNotes(String newNotes) {
        return new Segment(id, kind, title, people, plannedDuration, newNotes, slides);
    }

    public Segment withSlides(List<Slide> newSlides) {
        return new Segment(id, kind, title, people, plannedDuration, notes, newSlides);
    }

    /** This segment with the slide of that id replaced by {@code change}'s result; unchanged if absent. */
    public Segment withSlide(SlideId slideId, UnaryOperator<Slide> change) {
        List<Slide> changed = new ArrayList<>(slides.size());
        for (Slide slide : slides) {
            changed.add(slide.id().equals(slideId) ? change.apply(slide) : slide);
        }
        return withSlides(changed);
    }

    public Optional<Slide> slide(SlideId slideId) {
        return slides.stream().filter(s -> s.id().equals(slideId)).findFirst();
    }

    public Optional<Duration> planned() {
        return Optional.ofNullable(plannedDuration);
    }
}
