package org.podium.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.podium.model.Crop;
import org.podium.model.FocalPoint;
import org.podium.model.Language;
import org.podium.model.MediaRef;
import org.podium.model.Person;
import org.podium.model.Photo;
import org.podium.model.PhotoGrid;
import org.podium.model.Problem;
import org.podium.model.Programme;
import org.podium.model.ProgrammeValidator;
import org.podium.model.Segment;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.Slide;
import org.podium.model.SlideContent;
import org.podium.model.SlideFormat;
import org.podium.model.SlideId;
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;
import org.podium.model.TitleCard;

/** What the model records and the validator promise, for any programme the generators can make. */
class ModelPropertiesTest {

    /** References with made-up hashes: the model never reads the bytes. */
    static final List<MediaRef> FAKE_MEDIA = List.of(
            new MediaRef("a".repeat(64), "合唱.jpg", "image/jpeg", 4000, 3000, 6),
            new MediaRef("b".repeat(64), "portrait.png", "image/png", 600, 800, 1),
            new MediaRef("c".repeat(64), "logo 🎉.gif", "image/gif", 256, 256, 1),
            new MediaRef("d".repeat(64), "scan.bmp", "image/bmp", 31, 17, 8));

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-Hant"),
            Locale.forLanguageTag("zh-Hans"));

    @Provide
    Arbitrary<Programme> programmes() {
        return ProgrammeArbitraries.programme(FAKE_MEDIA);
    }

    @Provide
    Arbitrary<Programme> anyIds() {
        return Arbitraries.oneOf(ProgrammeArbitraries.programme(FAKE_MEDIA),
                ProgrammeArbitraries.programmeWithRepeatedIds(FAKE_MEDIA));
    }

    @Property
    void generatedProgrammesHaveDistinctIds(@ForAll("programmes") Programme p) {
        assertThat(ProgrammeArbitraries.idsDistinct(p)).isTrue();
    }

    @Property
    void validatorNeverThrowsAndEveryProblemReadsInEachLanguage(@ForAll("anyIds") Programme p) {
        List<Problem> problems = ProgrammeValidator.validate(p);

        for (Problem problem : problems) {
            for (Locale locale : LOCALES) {
                // a key missing from a bundle comes out as the raw key followed by the arguments
                assertThat(problem.message(locale)).doesNotStartWith(problem.key()).isNotBlank();
            }
            if (problem.slide() != null) {
                assertThat(p.segmentOf(problem.slide())).isPresent();
            }
            if (problem.segment() != null) {
                assertThat(p.segment(problem.segment())).isPresent();
            }
        }
    }

    @Property
    void validatorReportsADuplicateIdExactlyWhenThereIsOne(@ForAll("anyIds") Programme p) {
        Set<String> duplicateKeys = ProgrammeValidator.validate(p).stream().map(Problem::key)
                .filter(k -> k.endsWith("duplicateId")).collect(Collectors.toSet());

        assertThat(duplicateKeys.isEmpty()).isEqualTo(ProgrammeArbitraries.idsDistinct(p));
        long distinctSegments = p.segments().stream().map(Segment::id).distinct().count();
        assertThat(duplicateKeys.contains("problem.segment.duplicateId"))
                .isEqualTo(distinctSegments < p.segments().size());
    }

    @Property
    void validatorErrorsOnAnUntitledProgrammeOrSegmentAndNothingElseOfThatKind(@ForAll("programmes") Programme p) {
        List<Problem> problems = ProgrammeValidator.validate(p);

        assertThat(problems.stream().anyMatch(q -> q.key().equals("problem.programme.untitled")))
                .isEqualTo(p.title().isBlank());
        long untitled = p.segments().stream().filter(s -> s.title().isBlank()).count();
        assertThat(problems.stream().filter(q -> q.key().equals("problem.segment.untitled")).count())
                .isEqualTo(untitled);
        assertThat(problems.stream().filter(q -> q.key().equals("problem.segment.noDuration")).count())
                .isEqualTo(p.segments().stream().filter(s -> s.plannedDuration() == null).count());
        assertThat(problems).allSatisfy(q -> assertThat(q.isError())
                .isEqualTo(q.severity() == Problem.Severity.ERROR));
    }

    @Property
    void noTextFieldKeepsACarriageReturn(@ForAll("programmes") Programme p) {
        List<String> texts = new ArrayList<>(List.of(p.title(), p.subtitle(), p.venue(), p.organiser()));
        for (Segment s : p.segments()) {
            texts.add(s.title());
            texts.add(s.notes());
            s.people().forEach(person -> texts.addAll(List.of(person.name(), person.role())));
            for (Slide slide : s.slides()) {
                texts.add(slide.notes());
                texts.addAll(Texts.of(slide.content()));
            }
        }
        assertThat(texts).allSatisfy(t -> assertThat(t).isNotNull().doesNotContain("\r"));
    }

    @Property
    void derivedFiguresAgreeWithTheSegments(@ForAll("programmes") Programme p) {
        assertThat(p.slideCount()).isEqualTo(p.slides().size());
        assertThat(p.plannedTotal()).isEqualTo(p.segments().stream().map(Segment::plannedDuration)
                .filter(Objects::nonNull).reduce(Duration.ZERO, Duration::plus));
        for (Slide slide : p.slides()) {
            assertThat(p.segmentOf(slide.id()).orElseThrow().slides()).contains(slide);
        }
        if (p.startTime() == null) {
            assertThat(p.plannedStarts()).isEmpty();
        } else {
            List<LocalTime> starts = p.plannedStarts().orElseThrow();
            assertThat(starts).hasSize(p.segments().size());
            if (!starts.isEmpty()) {
                assertThat(starts.get(0)).isEqualTo(p.startTime());
            }
        }
    }

    @Property
    void mediaListsEveryPhotoUsedOnceInFirstUseOrder(@ForAll("programmes") Programme p) {
        Set<MediaRef> used = new LinkedHashSet<>();
        for (Slide slide : p.slides()) {
            used.addAll(slide.content().media());
        }

        assertThat(p.media()).containsExactlyElementsOf(used);
    }

    @Property
    void withersChangeOneFieldAndPutItBack(@ForAll("programmes") Programme p, @ForAll("programmes") Programme q) {
        assertThat(p.withTitle(q.title()).withTitle(p.title())).isEqualTo(p);
        assertThat(p.withSegments(q.segments()).segments()).isEqualTo(q.segments());
        assertThat(p.withSegments(q.segments()).title()).isEqualTo(p.title());
        assertThat(p.withLanguage(q.language()).withLanguage(p.language())).isEqualTo(p);
        assertThat(p.withFormat(q.format()).withFormat(p.format())).isEqualTo(p);
        for (Segment s : p.segments()) {
            assertThat(p.withSegment(s.id(), old -> old)).isEqualTo(p);
            assertThat(s.withTitle(q.title()).withTitle(s.title())).isEqualTo(s);
        }
    }

    @Property
    void listsGivenToARecordAreCopied(@ForAll("programmes") Programme p) {
        List<Segment> segments = new ArrayList<>(p.segments());
        Programme copy = p.withSegments(segments);
        segments.clear();

        assertThat(copy).isEqualTo(p);
        assertThatThrownBy(() -> copy.segments().add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Property
    void cropIsTakenExactlyWhenSomethingOfThePhotoIsLeft(@ForAll("edges") double left, @ForAll("edges") double top,
                                                         @ForAll("edges") double right, @ForAll("edges") double bottom) {
        boolean leavesSomething = left >= 0 && top >= 0 && right >= 0 && bottom >= 0 && left + right < 0.99
                && top + bottom < 0.99;
        if (leavesSomething) {
            assertThat(new Crop(left, top, right, bottom).isNone()).isEqualTo(left == 0 && top == 0 && right == 0
                    && bottom == 0);
        } else {
            assertThatThrownBy(() -> new Crop(left, top, right, bottom)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("leaves nothing");
        }
    }

    @Provide
    Arbitrary<Double> edges() {
        return Arbitraries.doubles().between(-0.5, 1.5).withSpecialValue(Double.NaN).withSpecialValue(0.495)
                .withSpecialValue(-0.0).withSpecialValue(Double.POSITIVE_INFINITY);
    }

    @Property
    void focalPointIsTakenExactlyInsideTheUnitSquare(@ForAll("edges") double x, @ForAll("edges") double y) {
        if (x >= 0 && x <= 1 && y >= 0 && y <= 1) {
            FocalPoint focal = new FocalPoint(x, y);
            assertThat(focal).isEqualTo(new FocalPoint(x + 0.0, y + 0.0));
        } else {
            assertThatThrownBy(() -> new FocalPoint(x, y)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void mediaRefRefusesWhatItDocuments(@ForAll @IntRange(min = -2, max = 10) int orientation,
                                        @ForAll @IntRange(min = -1, max = 2) int widthPx,
                                        @ForAll("mediaTypes") String mediaType, @ForAll("hashes") String sha256) {
        boolean valid = orientation >= 1 && orientation <= 8 && widthPx > 0 && sha256.matches("[0-9a-f]{64}")
                && List.of("image/jpeg", "image/png", "image/gif", "image/bmp").contains(mediaType.toLowerCase(Locale.ROOT));
        if (valid) {
            MediaRef ref = new MediaRef(sha256, null, mediaType, widthPx, 7, orientation);
            assertThat(ref.originalName()).isEmpty();
            assertThat(ref.displayWidthPx()).isEqualTo(orientation >= 5 ? 7 : widthPx);
            assertThat(ref.fileName()).startsWith(sha256 + ".");
        } else {
            assertThatThrownBy(() -> new MediaRef(sha256, "x.jpg", mediaType, widthPx, 7, orientation))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Provide
    Arbitrary<String> mediaTypes() {
        return Arbitraries.of("image/jpeg", "IMAGE/PNG", "image/gif", "image/bmp", "image/heic", "image/webp", "");
    }

    @Provide
    Arbitrary<String> hashes() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789abcdef").ofLength(64),
                Arbitraries.strings().withChars("0123456789abcdefABCDEFg").ofMinLength(63).ofMaxLength(65));
    }

    @Property
    void gridsTakeTwoToFourPhotosAndSpeakerCardsOneOrTwoPeople(@ForAll @IntRange(max = 7) int count) {
        List<Photo> photos = FAKE_MEDIA.stream().map(Photo::of).collect(Collectors.toList());
        while (photos.size() < count) {
            photos.add(Photo.of(FAKE_MEDIA.get(0)));
        }
        List<Photo> some = photos.subList(0, count);
        List<Speaker> speakers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            speakers.add(Speaker.of(Person.named("講者" + i)));
        }
        if (count >= PhotoGrid.MIN_PHOTOS && count <= PhotoGrid.MAX_PHOTOS) {
            assertThat(new PhotoGrid(some, "", "").media()).hasSize(count);
        } else {
            assertThatThrownBy(() -> new PhotoGrid(some, "", "")).isInstanceOf(IllegalArgumentException.class);
        }
        if (count >= 1 && count <= SpeakerCard.MAX_SPEAKERS) {
            assertThat(new SpeakerCard(speakers).speakers()).hasSize(count);
        } else {
            assertThatThrownBy(() -> new SpeakerCard(speakers)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property
    void durationsAndSizesAreRefusedOutsideTheirRange(@ForAll @IntRange(min = -3, max = 3) int seconds,
                                                      @ForAll("sides") double widthPt) {
        Duration d = Duration.ofSeconds(seconds);
        SlideContent content = new TitleCard("典禮", "");
        if (seconds > 0) {
            assertThat(new Slide(SlideId.random(), content, "", d).autoAdvance()).isEqualTo(d);
        } else {
            assertThatThrownBy(() -> new Slide(SlideId.random(), content, "", d))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        if (seconds >= 0) {
            assertThat(new Segment(SegmentId.random(), SegmentKind.OTHER, "", List.of(), d, "", List.of())
                    .plannedDuration()).isEqualTo(d);
        } else {
            assertThatThrownBy(() -> new Segment(SegmentId.random(), SegmentKind.OTHER, "", List.of(), d, "",
                    List.of())).isInstanceOf(IllegalArgumentException.class);
        }
        if (widthPt >= SlideFormat.MIN_SIDE_PT && widthPt <= SlideFormat.MAX_SIDE_PT) {
            assertThat(SlideFormat.custom(widthPt, 540).aspectRatio()).isEqualTo(widthPt / 540);
        } else {
            assertThatThrownBy(() -> SlideFormat.custom(widthPt, 540)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("outside 72–4032 pt");
        }
    }

    @Provide
    Arbitrary<Double> sides() {
        return Arbitraries.doubles().between(0, 5000).withSpecialValue(Double.NaN).withSpecialValue(72.0)
                .withSpecialValue(4032.0).withSpecialValue(71.999);
    }

    @Property
    void idsAreTakenExactlyWhenSafeInFileNames(@ForAll("idTexts") String value) {
        boolean safe = value.matches("[A-Za-z0-9._-]{1,64}");
        if (safe) {
            assertThat(new SlideId(value).value()).isEqualTo(value);
            assertThat(new SegmentId(value).toString()).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> new SlideId(value)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SegmentId(value)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Provide
    Arbitrary<String> idTexts() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("abcXYZ019._-").ofMaxLength(70),
                Arbitraries.strings().withChars("ab/\\: 中🎉\n").ofMaxLength(5));
    }

    @Property
    void languageTagsReadBack(@ForAll Language language) {
        assertThat(Language.fromTag(language.tag())).isEqualTo(language);
        assertThat(Language.fromTag(language.tag().toUpperCase(Locale.ROOT))).isEqualTo(language);
        assertThatCode(language::locale).doesNotThrowAnyException();
    }

    @Property
    void distinctIdsStayDistinctWhenSegmentsAreReordered(@ForAll("programmes") Programme p,
                                                         @ForAll @IntRange(max = 1000) int seed) {
        List<Segment> shuffled = new ArrayList<>(p.segments());
        Collections.shuffle(shuffled, new Random(seed));
        Programme q = p.withSegments(shuffled);

        assertThat(ProgrammeArbitraries.idsDistinct(q)).isTrue();
        assertThat(new HashSet<>(q.media())).isEqualTo(new HashSet<>(p.media()));
        assertThat(q.slideCount()).isEqualTo(p.slideCount());
    }
}
