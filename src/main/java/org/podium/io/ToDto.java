package org.podium.io;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.podium.model.BlankCard;
import org.podium.model.Crop;
import org.podium.model.HonourRoll;
import org.podium.model.MediaRef;
import org.podium.model.Person;
import org.podium.model.Photo;
import org.podium.model.PhotoGrid;
import org.podium.model.Programme;
import org.podium.model.Quote;
import org.podium.model.SectionHeading;
import org.podium.model.Segment;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.model.SlideContent;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/** Model records to the DTOs written in {@code programme.json}. */
final class ToDto {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HOURS_MINUTES_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ToDto() {
    }

    /** The document; the media table lists each photo the programme uses once, in first-use order. */
    static DocumentDto document(Programme programme, int formatVersion, String writtenBy) {
        List<MediaDto> media = programme.media().stream().map(ToDto::media).toList();
        return new DocumentDto(formatVersion, writtenBy, programme(programme), media);
    }

    private static ProgrammeDto programme(Programme p) {
        return new ProgrammeDto(p.title(), p.subtitle(), date(p.date()), p.venue(), p.organiser(), time(p.startTime()),
                p.language().tag(), p.themeId(),
                new ProgrammeDto.FormatDto(p.format().id(), p.format().widthPt(), p.format().heightPt()),
                p.segments().stream().map(ToDto::segment).toList());
    }

    private static SegmentDto segment(Segment s) {
        return new SegmentDto(s.id().value(), s.kind().id(), s.title(), people(s.people()),
                duration(s.plannedDuration()), s.notes(), s.slides().stream().map(ToDto::slide).toList());
    }

    private static MediaDto media(MediaRef m) {
        return new MediaDto(m.sha256(), m.originalName(), m.mediaType(), m.widthPx(), m.heightPx(), m.exifOrientation());
    }

    private static SlideDto slide(Slide slide) {
        String id = slide.id().value();
        String notes = slide.notes();
        String autoAdvance = duration(slide.autoAdvance());
        return slide.content().accept(new SlideContent.Visitor<SlideDto>() {
            @Override
            public SlideDto title(TitleCard t) {
                return new SlideDto.Title(id, notes, autoAdvance, t.title(), t.subtitle());
            }

            @Override
            public SlideDto section(SectionHeading s) {
                return new SlideDto.Section(id, notes, autoAdvance, s.heading(), s.subheading());
            }

            @Override
            public SlideDto speaker(SpeakerCard s) {
                return new SlideDto.Speaker(id, notes, autoAdvance, s.speakers().stream()
                        .map(sp -> new SlideDto.SpeakerDto(sp.person().name(), sp.person().role(), sha(sp.portrait())))
                        .toList());
            }

            @Override
            public SlideDto quote(Quote q) {
                return new SlideDto.Quote(id, notes, autoAdvance, q.text(), person(q.attribution()));
            }

            @Override
            public SlideDto photo(SinglePhoto p) {
                return new SlideDto.Photo(id, notes, autoAdvance, ToDto.photo(p.photo()));
            }

            @Override
            public SlideDto photoGrid(PhotoGrid g) {
                return new SlideDto.PhotoGrid(id, notes, autoAdvance, g.photos().stream().map(ToDto::photo).toList(),
                        g.caption(), g.credit());
            }

            @Override
            public SlideDto honourRoll(HonourRoll h) {
                return new SlideDto.HonourRoll(id, notes, autoAdvance, h.heading(), people(h.names()));
            }

            @Override
            public SlideDto text(TextPoints t) {
                return new SlideDto.Text(id, notes, autoAdvance, t.heading(), t.points());
            }

            @Override
            public SlideDto blank(BlankCard b) {
                return new SlideDto.Blank(id, notes, autoAdvance, sha(b.logo()), b.text());
            }
        });
    }

    private static PhotoDto photo(Photo p) {
        Crop c = p.crop();
        return new PhotoDto(p.media().sha256(), p.caption(), p.credit(), p.fit().id(),
                new PhotoDto.FocalDto(p.focal().x(), p.focal().y()),
                new PhotoDto.CropDto(c.left(), c.top(), c.right(), c.bottom()));
    }

    private static List<PersonDto> people(List<Person> people) {
        return people.stream().map(ToDto::person).toList();
    }

    private static PersonDto person(Person p) {
        return new PersonDto(p.name(), p.role());
    }

    private static String sha(MediaRef ref) {
        return ref == null ? null : ref.sha256();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** {@code HH:mm}, or {@code HH:mm:ss} when there are seconds; fractions of a second are dropped. */
    private static String time(LocalTime time) {
        if (time == null) {
            return null;
        }
        return time.getSecond() == 0 ? time.format(HOURS_MINUTES) : time.format(HOURS_MINUTES_SECONDS);
    }

    private static String duration(Duration duration) {
        return duration == null ? null : duration.toString();
    }
}
