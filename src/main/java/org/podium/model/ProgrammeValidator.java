package org.podium.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a programme for what a person would call a mistake: untitled segments, empty slides,
 * duplicate ids. Structural impossibilities (negative durations, a grid of one photo) cannot be
 * built at all; the records refuse them.
 */
public final class ProgrammeValidator {

    private ProgrammeValidator() {
    }

    public static List<Problem> validate(Programme programme) {
        List<Problem> problems = new ArrayList<>();
        if (programme.title().isBlank()) {
            problems.add(Problem.error("problem.programme.untitled", null, null));
        }
        if (programme.segments().isEmpty()) {
            problems.add(Problem.warning("problem.programme.empty", null, null));
        }
        Set<SegmentId> segmentIds = new HashSet<>();
        Set<SlideId> slideIds = new HashSet<>();
        int segmentNumber = 0;
        for (Segment segment : programme.segments()) {
            segmentNumber++;
            String name = segment.title().isBlank() ? "#" + segmentNumber : "'" + segment.title() + "'";
            if (!segmentIds.add(segment.id())) {
                problems.add(Problem.error("problem.segment.duplicateId", segment.id(), null, segmentNumber, segment.id()));
            }
            if (segment.title().isBlank()) {
                problems.add(Problem.error("problem.segment.untitled", segment.id(), null, segmentNumber,
                        segment.kind().id()));
            }
            if (segment.slides().isEmpty()) {
                problems.add(Problem.warning("problem.segment.noSlides", segment.id(), null, segmentNumber, name));
            }
            if (segment.plannedDuration() == null) {
                problems.add(Problem.warning("problem.segment.noDuration", segment.id(), null, segmentNumber, name));
            }
            for (Person person : segment.people()) {
                if (person.name().isBlank()) {
                    problems.add(Problem.error("problem.segment.unnamedPerson", segment.id(), null, segmentNumber, name));
                }
            }
            int slideNumber = 0;
            for (Slide slide : segment.slides()) {
                slideNumber++;
                if (!slideIds.add(slide.id())) {
                    problems.add(Problem.error("problem.slide.duplicateId", segment.id(), slide.id(), segmentNumber,
                            slideNumber, slide.id()));
                }
                String emptyKey = emptyContentKey(slide.content());
                if (emptyKey != null) {
                    problems.add(Problem.error(emptyKey, segment.id(), slide.id(), segmentNumber, slideNumber, name));
                }
            }
        }
        return List.copyOf(problems);
    }

    /** The key of the problem when the content has nothing to show, else {@code null}. */
    private static String emptyContentKey(SlideContent content) {
        return content.accept(new SlideContent.Visitor<>() {
            @Override
            public String title(TitleCard t) {
                return t.title().isBlank() ? "problem.slide.title.empty" : null;
            }

            @Override
            public String section(SectionHeading s) {
                return s.heading().isBlank() ? "problem.slide.section.empty" : null;
            }

            @Override
            public String speaker(SpeakerCard s) {
                return s.speakers().stream().anyMatch(sp -> sp.person().name().isBlank())
                        ? "problem.slide.speaker.unnamed" : null;
            }

            @Override
            public String quote(Quote q) {
                return q.text().isBlank() ? "problem.slide.quote.empty" : null;
            }

            @Override
            public String photo(SinglePhoto p) {
                return null;
            }

            @Override
            public String photoGrid(PhotoGrid g) {
                return null;
            }

            @Override
            public String honourRoll(HonourRoll h) {
                return h.names().isEmpty() || h.names().stream().anyMatch(p -> p.name().isBlank())
                        ? "problem.slide.honourRoll.empty" : null;
            }

            @Override
            public String text(TextPoints t) {
                return t.heading().isBlank() && t.points().stream().allMatch(String::isBlank)
                        ? "problem.slide.text.empty" : null;
            }

            @Override
            public String blank(BlankCard b) {
                return null;
            }
        });
    }
}
