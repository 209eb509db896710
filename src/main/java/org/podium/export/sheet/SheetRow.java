package org.podium.export.sheet;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.podium.model.HonourRoll;
import org.podium.model.MediaRef;
import org.podium.model.Person;
import org.podium.model.Segment;
import org.podium.model.Slide;
import org.podium.model.SlideKind;

/**
 * One segment as a line of the running sheet.
 *
 * @param number   1-based place in the running order
 * @param start    planned start, or {@code null} when the programme has no start time
 * @param duration planned length, or {@code null} when not planned
 * @param kind     the segment's kind in the sheet's language ("致辭")
 * @param segment  the segment's title
 * @param people   "name（role）", one per person
 * @param cues     what the operator shows and cues: slides and their kinds, photos, honour
 *                 roll, auto-advance; one line each, empty for a segment without slides
 * @param notes    the segment's presenter notes; empty when none
 */
public record SheetRow(int number, LocalTime start, Duration duration, String kind, String segment,
                       List<String> people, List<String> cues, String notes) {

    public SheetRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(segment, "segment");
        people = List.copyOf(people);
        cues = List.copyOf(cues);
        Objects.requireNonNull(notes, "notes");
    }

    static SheetRow of(int number, LocalTime start, Segment segment, SheetLabels labels) {
        List<String> people = new ArrayList<>();
        for (Person person : segment.people()) {
            people.add(labels.person(person));
        }
        return new SheetRow(number, start, segment.plannedDuration(), labels.kind(segment.kind()), segment.title(),
                people, cues(segment, labels), segment.notes());
    }

    private static List<String> cues(Segment segment, SheetLabels labels) {
        List<Slide> slides = segment.slides();
        if (slides.isEmpty()) {
            return List.of();
        }
        Map<SlideKind, Integer> kinds = new LinkedHashMap<>();
        Set<String> photos = new LinkedHashSet<>();
        int names = 0;
        int autoAdvancing = 0;
        Set<Duration> delays = new TreeSet<>();
        for (Slide slide : slides) {
            SlideKind kind = slide.content().kind();
            kinds.merge(kind, 1, Integer::sum);
            if (kind != SlideKind.BLANK) {
                // a holding slide's logo is not a photo anyone has to find
                for (MediaRef media : slide.content().media()) {
                    photos.add(media.sha256());
                }
            }
            if (slide.content() instanceof HonourRoll roll) {
                names += roll.names().size();
            }
            if (slide.autoAdvance() != null) {
                autoAdvancing++;
                delays.add(slide.autoAdvance());
            }
        }
        List<String> kindWords = new ArrayList<>();
        kinds.forEach((kind, count) -> kindWords.add(
                count == 1 ? labels.slideKind(kind) : labels.get("cue.kindCount", labels.slideKind(kind), count)));
        List<String> cues = new ArrayList<>();
        cues.add(labels.get("cue.slides", slides.size(), labels.list(kindWords)));
        if (!photos.isEmpty()) {
            cues.add(labels.get("cue.photos", photos.size()));
        }
        if (names > 0) {
            cues.add(labels.get("cue.names", names));
        }
        if (autoAdvancing > 0) {
            List<String> delayWords = new ArrayList<>();
            for (Duration delay : delays) {
                delayWords.add(labels.duration(delay));
            }
            cues.add(labels.get("cue.autoAdvance", autoAdvancing, labels.list(delayWords)));
        }
        return List.copyOf(cues);
    }

    /** "14:30", or empty without a start time. */
    public String startText() {
        return start == null ? "" : SheetLabels.time(start);
    }

    /** "0:06", or empty when not planned. */
    public String durationText() {
        return duration == null ? "" : SheetLabels.hoursMinutes(duration);
    }

    /** The people one per line. */
    public String peopleText() {
        return String.join("\n", people);
    }

    /** The cues one per line. */
    public String cuesText() {
        return String.join("\n", cues);
    }

    /** The text of a column, as both formats print it (times as text here; the XLSX writes them as times). */
    public String text(SheetColumn column) {
        return switch (column) {
            case NUMBER -> Integer.toString(number);
            case START -> startText();
            case DURATION -> durationText();
            case KIND -> kind;
            case SEGMENT -> segment;
            case PEOPLE -> peopleText();
            case CUES -> cuesText();
            case NOTES -> notes;
        };
    }
}
