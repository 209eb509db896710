package org.podium.templates;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.podium.model.HonourRoll;
import org.podium.model.Language;
import org.podium.model.Person;
import org.podium.model.Programme;
import org.podium.model.Quote;
import org.podium.model.SectionHeading;
import org.podium.model.Segment;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;
import org.podium.model.SlideContent;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/**
 * Programmes to start from: a running order with sensible segments, durations and placeholder
 * slides, in the programme's language (texts from the {@code org.podium.templates.templates}
 * bundle). Every template passes {@code ProgrammeValidator} without errors.
 */
public final class ProgrammeTemplates {

    static final String BUNDLE = "org.podium.templates.templates";

    /** The templates made in code; the sample programme is a file and is opened as one. */
    public enum Template {
        MEMORIAL,
        AWARD_CEREMONY
    }

    private ProgrammeTemplates() {
    }

    public static Programme create(Template template, Language language) {
        Texts t = new Texts(ResourceBundle.getBundle(BUNDLE, language.locale()));
        switch (template) {
            case MEMORIAL:
                return memorial(t, language);
            default:
                return award(t, language);
        }
    }

    private static Programme memorial(Texts t, Language language) {
        List<Segment> segments = new ArrayList<>();
        segments.add(segment(SegmentKind.OPENING, t.get("memorial.opening"), 5,
                new TitleCard(t.get("memorial.title"), t.get("memorial.subtitle")),
                new SectionHeading(t.get("memorial.silence"), "")));
        segments.add(segment(SegmentKind.ADDRESS, t.get("memorial.life"), 10,
                new SectionHeading(t.get("memorial.life"), ""),
                new TextPoints(t.get("memorial.life"), List.of(t.get("memorial.life.point1"),
                        t.get("memorial.life.point2"), t.get("memorial.life.point3")))));
        segments.add(segment(SegmentKind.TESTIMONY, t.get("memorial.remembrance"), 15,
                new SectionHeading(t.get("memorial.remembrance"), ""),
                new Quote(t.get("memorial.quote"), Person.named(t.get("placeholder.name")))));
        segments.add(segment(SegmentKind.PHOTO_MONTAGE, t.get("memorial.photos"), 5,
                new SectionHeading(t.get("memorial.photos"), t.get("memorial.photos.hint"))));
        segments.add(segment(SegmentKind.PERFORMANCE, t.get("memorial.song"), 5,
                new SectionHeading(t.get("memorial.song"), "")));
        segments.add(segment(SegmentKind.CLOSING, t.get("memorial.thanks"), 5,
                new SectionHeading(t.get("memorial.thanks"), t.get("memorial.thanks.sub"))));
        return programme(t.get("memorial.title"), t.get("memorial.subtitle"), language, "memorial", segments);
    }

    private static Programme award(Texts t, Language language) {
        List<Segment> segments = new ArrayList<>();
        segments.add(segment(SegmentKind.OPENING, t.get("award.opening"), 5,
                new TitleCard(t.get("award.title"), t.get("award.subtitle"))));
        segments.add(segment(SegmentKind.ADDRESS, t.get("award.address"), 10,
                new SectionHeading(t.get("award.address"), t.get("placeholder.speaker"))));
        List<Person> honourees = List.of(new Person(t.get("placeholder.name"), t.get("placeholder.unit")),
                new Person(t.get("placeholder.name"), t.get("placeholder.unit")));
        segments.add(segment(SegmentKind.AWARD, t.get("award.presentation"), 15,
                new SectionHeading(t.get("award.presentation"), ""),
                new HonourRoll(t.get("award.roll"), honourees)));
        segments.add(segment(SegmentKind.TESTIMONY, t.get("award.speech"), 10,
                new SectionHeading(t.get("award.speech"), t.get("placeholder.speaker"))));
        segments.add(segment(SegmentKind.PERFORMANCE, t.get("award.performance"), 5,
                new SectionHeading(t.get("award.performance"), "")));
        segments.add(segment(SegmentKind.CLOSING, t.get("award.closing"), 5,
                new SectionHeading(t.get("award.closing"), t.get("award.closing.sub"))));
        return programme(t.get("award.title"), t.get("award.subtitle"), language, "crimson-gold", segments);
    }

    private static Programme programme(String title, String subtitle, Language language, String theme,
                                       List<Segment> segments) {
        return Programme.empty(title, language).withSubtitle(subtitle).withThemeId(theme)
                .withStartTime(LocalTime.of(9, 30)).withSegments(segments);
    }

    private static Segment segment(SegmentKind kind, String title, int minutes, SlideContent... slides) {
        List<Slide> made = new ArrayList<>();
        for (SlideContent content : slides) {
            made.add(Slide.of(content));
        }
        return Segment.of(kind, title).withPlannedDuration(Duration.ofMinutes(minutes)).withSlides(made);
    }

    private record Texts(ResourceBundle bundle) {
        String get(String key) {
            return bundle.getString(key);
        }
    }
}
