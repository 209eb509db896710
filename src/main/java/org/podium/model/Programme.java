package org.podium.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A whole event: its particulars and the running order of segments.
 *
 * @param title     event title, e.g. "建鄴區區級機關「兩優一先」先進事跡分享會"
 * @param subtitle  second line; empty when none
 * @param date      event date, or {@code null} when not yet fixed
 * @param venue     where; empty when unknown
 * @param organiser who holds it; empty when unknown
 * @param startTime planned start, or {@code null}; segment start times count from it
 * @param language  language of the slides
 * @param themeId   id of the slide theme
 * @param format    slide size
 * @param segments  the running order
 */
public record Programme(String title, String subtitle, LocalDate date, String venue, String organiser,
                        LocalTime startTime, Language language, String themeId, SlideFormat format,
                        List<Segment> segments) {

    public static final String DEFAULT_THEME = "crimson-gold";

    public Programme {
        title = Text.clean(title);
        subtitle = Text.clean(subtitle);
        venue = Text.clean(venue);
        organiser = Text.clean(organiser);
        Objects.requireNonNull(language, "language");
        themeId = themeId == null || themeId.isBlank() ? DEFAULT_THEME : themeId;
        Objects.requireNonNull(format, "slide format");
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
    }

    /** An empty programme: no segments, 16:9, the default theme. */
    public static Programme empty(String title, Language language) {
        return new Programme(title, "", null, "", "", null, language, DEFAULT_THEME, SlideFormat.WIDE_16_9, List.of());
    }

    public Programme withTitle(String v) {
        return new Programme(v, subtitle, date, venue, organiser, startTime, language, themeId, format, segments);
    }

    public Programme withSubtitle(String v) {
        return new Programme(title, v, date, venue, organiser, startTime, language, themeId, format, segments);
    }

    public Programme withDate(LocalDate v) {
        return new Programme(title, subtitle, v, venue, organiser, startTime, language, themeId, format, segments);
    }

    public Programme withVenue(String v) {
        return new Programme(title, subtitle, date, v, organiser, startTime, language, themeId, format, segments);
    }

    public Programme withOrganiser(String v) {
        return new Programme(title, subtitle, date, venue, v, startTime, language, themeId, format, segments);
    }

    public Programme withStartTime(LocalTime v) {
        return new Programme(title, subtitle, date, venue, organiser, v, language, themeId, format, segments);
    }

    public Programme withLanguage(Language v) {
        return new Programme(title, subtitle, date, venue, organiser, startTime, v, themeId, format, segments);
    }

    public Programme withThemeId(String v) {
        return new Programme(title, subtitle, date, venue, organiser, startTime, language, v, format, segments);
    }

    public Programme withFormat(SlideFormat v) {
        return new Programme(title, subtitle, date, venue, organiser, startTime, language, themeId, v, segments);
    }

    public Programme withSegments(List<Segment> v) {
        return new Programme(title, subtitle, date, venue, organiser, startTime, language, themeId, format, v);
    }

    /** This programme with the segment of that id replaced by {@code change}'s result; unchanged if absent. */
    public Programme withSegment(SegmentId id, UnaryOperator<Segment> change) {
        List<Segment> changed = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            changed.add(segment.id().equals(id) ? change.apply(segment) : segment);
        }
        return withSegments(changed);
    }

    public Optional<Segment> segment(SegmentId id) {
        return segments.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The segment holding the slide of that id. */
    public Optional<Segment> segmentOf(SlideId slideId) {
        return segments.stream().filter(s -> s.slide(slideId).isPresent()).findFirst();
    }

    /** Every slide in programme order. */
    public List<Slide> slides() {
        return segments.stream().flatMap(s -> s.slides().stream()).toList();
    }

    public int slideCount() {
        return segments.stream().mapToInt(s -> s.slides().size()).sum();
    }

    /** Distinct photos the programme uses, by hash, in first-use order. */
    public List<MediaRef> media() {
        Map<String, MediaRef> bySha = new LinkedHashMap<>();
        for (Slide slide : slides()) {
            for (MediaRef ref : slide.content().media()) {
                bySha.putIfAbsent(ref.sha256(), ref);
            }
        }
        return List.copyOf(bySha.values());
    }

    /** Sum of the planned durations that are set; segments without one add nothing. */
    public Duration plannedTotal() {
        return segments.stream().map(Segment::plannedDuration).filter(Objects::nonNull)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Planned start of each segment, counted from the programme's start time and the durations
     * before it; empty when the programme has no start time.
     */
    public Optional<List<LocalTime>> plannedStarts() {
        if (startTime == null) {
            return Optional.empty();
        }
        List<LocalTime> starts = new ArrayList<>(segments.size());
        LocalTime at = startTime;
        for (Segment segment : segments) {
            starts.add(at);
            at = at.plus(segment.planned().orElse(Duration.ZERO));
        }
        return Optional.of(List.copyOf(starts));
    }
}
