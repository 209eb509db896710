package org.podium.export.pptx;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.podium.model.Language;
import org.podium.model.Person;
import org.podium.model.Segment;
import org.podium.model.Slide;

/**
 * The notes under an exported slide, in the programme's language. The first slide of a segment
 * starts with what the presenter needs at that moment: the segment's number and title, its
 * people with their roles, its planned duration and the segment's own notes. Then come the
 * slide's notes; a page of a slide that pages itself (an honour roll) says which page it is.
 */
final class SpeakerNotes {

    static final String BUNDLE = "org.podium.export.pptx.notes";

    private final ResourceBundle bundle;
    private final Locale locale;

    private SpeakerNotes(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Labels in {@code language}, never in the machine's own language. */
    static SpeakerNotes in(Language language) {
        Locale locale = language.locale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new SpeakerNotes(bundle, locale);
    }

    /**
     * The notes as paragraphs; empty when there is nothing to say.
     *
     * @param segmentNumber    1-based position of the segment in the running order
     * @param firstOfSegment   true for the first exported slide of the segment
     * @param pageIndex        0-based page of the slide
     * @param pageCount        pages the slide makes
     */
    List<String> paragraphs(Segment segment, int segmentNumber, Slide slide, boolean firstOfSegment, int pageIndex,
                            int pageCount) {
        List<String> paragraphs = new ArrayList<>();
        if (firstOfSegment) {
            paragraphs.add(get("notes.segment", segmentNumber, segment.title().strip()));
            if (!segment.people().isEmpty()) {
                paragraphs.add(get("notes.people", people(segment.people())));
            }
            if (segment.plannedDuration() != null && !segment.plannedDuration().isZero()) {
                paragraphs.add(get("notes.planned", duration(segment.plannedDuration())));
            }
            addLines(paragraphs, segment.notes());
        }
        List<String> own = new ArrayList<>();
        if (pageCount > 1) {
            own.add(get("notes.page", pageIndex + 1, pageCount));
        }
        addLines(own, slide.notes());
        if (!paragraphs.isEmpty() && !own.isEmpty()) {
            paragraphs.add("");
        }
        paragraphs.addAll(own);
        return List.copyOf(paragraphs);
    }

    private String people(List<Person> people) {
        return people.stream()
                .map(p -> p.role().isBlank() ? p.name().strip() : get("notes.person", p.name().strip(), p.role().strip()))
                .collect(Collectors.joining(bundle.getString("notes.personSeparator")));
    }

    /** "12 min", "1 min 30 s", "45 s". */
    String duration(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds < 60) {
            return get("notes.seconds", seconds);
        }
        return seconds % 60 == 0 ? get("notes.minutes", seconds / 60)
                : get("notes.minutesSeconds", seconds / 60, seconds % 60);
    }

    private static void addLines(List<String> paragraphs, String text) {
        if (text.isBlank()) {
            return;
        }
        for (String line : text.strip().split("\n", -1)) {
            paragraphs.add(line.stripTrailing());
        }
    }

    private String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
