package org.podium.reliability;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.podium.model.BlankCard;
import org.podium.model.Crop;
import org.podium.model.FocalPoint;
import org.podium.model.HonourRoll;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Person;
import org.podium.model.Photo;
import org.podium.model.PhotoFit;
import org.podium.model.PhotoGrid;
import org.podium.model.Programme;
import org.podium.model.Quote;
import org.podium.model.SectionHeading;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideContent;
import org.podium.model.SlideFormat;
import org.podium.model.SlideId;
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/**
 * Generators of programmes as an organiser could make them: Traditional and Simplified Chinese,
 * Latin, emoji (surrogate pairs, ZWJ sequences, flags), odd spaces and line endings; every slide
 * kind; people, durations, notes, and photos drawn from a given pool of media references.
 */
final class ProgrammeArbitraries {

    private static final String[] CHINESE_WORDS = {"建鄴區", "兩優一先", "先進事跡", "分享會", "黨員", "頒獎", "合唱",
            "「微星光」", "《沒有共產黨就沒有新中國》", "新老對話", "賡續“初心”信仰", "区级机关", "工委书记", "致辞",
            "供圖", "，", "。", "、", "；", "！", "？", "（一）", "『引號』"};
    private static final String[] LATIN_WORDS = {"Award", "ceremony", "Dr.", "O'Brien", "2026", "No. 1", "R&D",
            "<b>", "\"quoted\"", "naïve", "Zoë", "Straße", "C:\\photos\\"};
    /** Each a whole grapheme: a surrogate pair, a skin tone, a ZWJ family, a flag, a CJK Ext-B character. */
    private static final String[] EMOJI = {"🎉", "👏🏽", "👨‍👩‍👧", "🇨🇳", "🇹🇼", "❤️", "🏆", "𠀀", "𩸽"};
    private static final String[] ODD = {" ", "  ", "\u3000", "\u00a0", "\t", "\n", "\r\n", "\r", "\u200b", "\u0000",
            "\u2028"};

    private ProgrammeArbitraries() {
    }

    /** Text of up to a few dozen characters mixing scripts; often empty. */
    static Arbitrary<String> text() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(CHINESE_WORDS)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1)
                        .ofMaxLength(6)),
                Tuple.of(3, Arbitraries.of(LATIN_WORDS)),
                Tuple.of(2, Arbitraries.of(EMOJI)),
                Tuple.of(2, Arbitraries.of(ODD)));
        return token.list().ofMaxSize(8).map(tokens -> String.join("", tokens));
    }

    /** Non-blank text: what a title or name usually is. */
    static Arbitrary<String> name() {
        return text().filter(s -> !s.isBlank());
    }

    static Arbitrary<Person> person() {
        return Combinators.combine(text(), text()).as(Person::new);
    }

    static Arbitrary<List<Person>> people(int max) {
        return person().list().ofMaxSize(max);
    }

    /** A planned duration of up to 3 hours in whole seconds, or none. */
    static Arbitrary<Duration> plannedDuration() {
        return Arbitraries.longs().between(0, 3 * 3600).map(Duration::ofSeconds).injectNull(0.2);
    }

    /** An auto-advance delay from a tenth of a second to ten minutes, or none. */
    static Arbitrary<Duration> autoAdvance() {
        return Arbitraries.longs().between(100, 600_000).map(Duration::ofMillis).injectNull(0.6);
    }

    /** A fraction 0–1 with the values a click or a drag ends on: the edges, and -0.0. */
    static Arbitrary<Double> fraction() {
        return Arbitraries.doubles().between(0, 1).withSpecialValue(-0.0).withSpecialValue(1.0);
    }

    static Arbitrary<FocalPoint> focal() {
        return Combinators.combine(fraction(), fraction()).as(FocalPoint::new);
    }

    static Arbitrary<Crop> crop() {
        Arbitrary<Double> edge = Arbitraries.doubles().between(0, 0.49).withSpecialValue(-0.0);
        return Combinators.combine(edge, edge, edge, edge).as(Crop::new);
    }

    static Arbitrary<Photo> photo(List<MediaRef> pool) {
        return Combinators.combine(Arbitraries.of(pool), text(), text(), Arbitraries.of(PhotoFit.class), focal(),
                crop()).as(Photo::new);
    }

    static Arbitrary<SlideContent> content(List<MediaRef> pool) {
        List<Arbitrary<? extends SlideContent>> kinds = new ArrayList<>(List.of(
                Combinators.combine(text(), text()).as(TitleCard::new),
                Combinators.combine(text(), text()).as(SectionHeading::new),
                Combinators.combine(text(), person()).as(Quote::new),
                Combinators.combine(text(), people(30)).as(HonourRoll::new),
                Combinators.combine(text(), text().list().ofMaxSize(6)).as(TextPoints::new)));
        if (pool.isEmpty()) {
            kinds.add(Combinators.combine(person().list().ofMinSize(1).ofMaxSize(SpeakerCard.MAX_SPEAKERS), text())
                    .as((people, ignored) -> new SpeakerCard(people.stream().map(Speaker::of).toList())));
            kinds.add(text().map(t -> new BlankCard(null, t)));
        } else {
            Arbitrary<MediaRef> media = Arbitraries.of(pool);
            kinds.add(Combinators.combine(person(), media.injectNull(0.4)).as(Speaker::new)
                    .list().ofMinSize(1).ofMaxSize(SpeakerCard.MAX_SPEAKERS).map(SpeakerCard::new));
            kinds.add(photo(pool).map(SinglePhoto::new));
            kinds.add(Combinators.combine(photo(pool).list().ofMinSize(PhotoGrid.MIN_PHOTOS)
                    .ofMaxSize(PhotoGrid.MAX_PHOTOS), text(), text()).as(PhotoGrid::new));
            kinds.add(Combinators.combine(media.injectNull(0.5), text()).as(BlankCard::new));
        }
        return Arbitraries.oneOf(kinds.stream().map(a -> a.map(c -> (SlideContent) c)).toList());
    }

    /** A UUID drawn from the property's own random source, so a seed replays the same ids. */
    static Arbitrary<String> uuid() {
        return Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()).toString());
    }

    /** A slide with a fresh id. */
    static Arbitrary<Slide> slide(List<MediaRef> pool) {
        return Combinators.combine(uuid(), content(pool), text(), autoAdvance())
                .as((id, content, notes, advance) -> new Slide(new SlideId(id), content, notes, advance));
    }

    /** A segment with a fresh random id and fresh slide ids. */
    static Arbitrary<Segment> segment(List<MediaRef> pool) {
        return Combinators.combine(uuid(), Arbitraries.of(SegmentKind.class), text(), people(4), plannedDuration(),
                        text(), slide(pool).list().ofMaxSize(5))
                .as((id, kind, title, people, planned, notes, slides) ->
                        new Segment(new SegmentId(id), kind, title, people, planned, notes, slides));
    }

    static Arbitrary<SlideFormat> format() {
        Arbitrary<Double> side = Arbitraries.doubles().between(SlideFormat.MIN_SIDE_PT, SlideFormat.MAX_SIDE_PT)
                .ofScale(2);
        return Arbitraries.oneOf(Arbitraries.of(SlideFormat.WIDE_16_9, SlideFormat.STANDARD_4_3,
                SlideFormat.WIDE_16_10, SlideFormat.LED_32_9), Combinators.combine(side, side).as(SlideFormat::custom));
    }

    static Arbitrary<LocalDate> date() {
        return Arbitraries.longs().between(LocalDate.of(1949, 10, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay).injectNull(0.2);
    }

    /** A start time in whole seconds (the file keeps seconds, not fractions). */
    static Arbitrary<LocalTime> startTime() {
        return Arbitraries.integers().between(0, 24 * 3600 - 1).map(LocalTime::ofSecondOfDay).injectNull(0.2);
    }

    static Arbitrary<String> themeId() {
        return Arbitraries.of(Programme.DEFAULT_THEME, "blue-silver", "", "ink");
    }

    /** The programme's own settings, before its format and segments are chosen. */
    private record Settings(String title, String subtitle, LocalDate date, String venue, String organiser,
                            LocalTime startTime, Language language, String themeId) {
    }

    private static Arbitrary<Settings> settings() {
        Arbitrary<String> info = text();
        return Combinators.combine(info, info, date(), info, info, startTime(), Arbitraries.of(Language.class),
                themeId()).as(Settings::new);
    }

    /** A programme with settings only, no segments: the source of new settings for an edit. */
    static Arbitrary<Programme> settingsOnly() {
        return programme(settings(), Arbitraries.just(List.of()));
    }

    /** A programme whose segment and slide ids are all distinct. */
    static Arbitrary<Programme> programme(List<MediaRef> pool) {
        return programme(settings(), segment(pool).list().ofMaxSize(6));
    }

    private static Arbitrary<Programme> programme(Arbitrary<Settings> settings, Arbitrary<List<Segment>> segments) {
        return Combinators.combine(settings, format(), segments).as((s, format, segmentList) ->
                new Programme(s.title(), s.subtitle(), s.date(), s.venue(), s.organiser(), s.startTime(),
                        s.language(), s.themeId(), format, segmentList));
    }

    /**
     * A programme whose ids may repeat: segments and slides take their ids from a small pool, as a
     * hand-edited or damaged file might.
     */
    static Arbitrary<Programme> programmeWithRepeatedIds(List<MediaRef> pool) {
        Arbitrary<String> ids = Arbitraries.of("a", "b", "c", "intro", "1");
        return Combinators.combine(programme(pool), ids.list().ofSize(64), ids.list().ofSize(64))
                .as((p, segmentIds, slideIds) -> {
                    List<Segment> segments = new ArrayList<>();
                    int next = 0;
                    for (int i = 0; i < p.segments().size(); i++) {
                        Segment s = p.segments().get(i);
                        List<Slide> slides = new ArrayList<>();
                        for (Slide slide : s.slides()) {
                            slides.add(new Slide(new SlideId(slideIds.get(next++ % 64)), slide.content(),
                                    slide.notes(), slide.autoAdvance()));
                        }
                        segments.add(new Segment(new SegmentId(segmentIds.get(i)), s.kind(), s.title(), s.people(),
                                s.plannedDuration(), s.notes(), slides));
                    }
                    return p.withSegments(segments);
                });
    }

    /** True when no two segments and no two slides share an id. */
    static boolean idsDistinct(Programme p) {
        Set<SegmentId> segments = new HashSet<>();
        Set<SlideId> slides = new HashSet<>();
        for (Segment segment : p.segments()) {
            if (!segments.add(segment.id())) {
                return false;
            }
            for (Slide slide : segment.slides()) {
                if (!slides.add(slide.id())) {
                    return false;
                }
            }
        }
        return true;
    }
}
