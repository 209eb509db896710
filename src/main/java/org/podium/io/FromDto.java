package org.podium.io;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import org.podium.io.FileReason.Kind;
import org.podium.model.TitleCard;

/**
 * DTOs read from {@code programme.json} to model records. Every value the model refuses becomes
 * a {@link BindingException} carrying the JSON path of that value. Missing strings become empty,
 * missing lists empty; missing required values (ids, kinds, sizes, media) are errors.
 */
final class FromDto {

    private final Map<String, MediaRef> mediaBySha;

    private FromDto(Map<String, MediaRef> mediaBySha) {
        this.mediaBySha = mediaBySha;
    }

    /** The media table by sha256, in file order; a sha256 listed twice is an error. */
    static Map<String, MediaRef> mediaTable(List<MediaDto> rows) {
        Map<String, MediaRef> bySha = new LinkedHashMap<>();
        List<MediaDto> list = list(rows);
        for (int i = 0; i < list.size(); i++) {
            String path = "$.media[" + i + "]";
            MediaDto row = required(list.get(i), path, "media entry");
            MediaRef ref = at(path, () -> new MediaRef(required(row.sha256(), path, "sha256"), row.originalName(),
                    required(row.mediaType(), path, "mediaType"), required(row.widthPx(), path, "widthPx"),
                    required(row.heightPx(), path, "heightPx"),
                    row.exifOrientation() == null ? 1 : row.exifOrientation()));
            if (bySha.putIfAbsent(ref.sha256(), ref) != null) {
                throw new BindingException(path + ".sha256", FileReason.of(Kind.MEDIA_LISTED_TWICE, ref.sha256()), null);
            }
        }
        return bySha;
    }

    static Programme programme(ProgrammeDto dto, Map<String, MediaRef> mediaBySha) {
        return new FromDto(mediaBySha).programme(required(dto, "$", "programme"), "$.programme");
    }

    private Programme programme(ProgrammeDto p, String path) {
        LocalDate date = at(path + ".date", () -> p.date() == null ? null : LocalDate.parse(p.date()));
        LocalTime startTime = at(path + ".startTime", () -> p.startTime() == null ? null : LocalTime.parse(p.startTime()));
        Language language = at(path + ".language", () -> Language.fromTag(required(p.language(), path, "language")));
        SlideFormat format = format(required(p.format(), path, "format"), path + ".format");
        List<Segment> segments = new ArrayList<>();
        List<SegmentDto> dtos = list(p.segments());
        for (int i = 0; i < dtos.size(); i++) {
            String segmentPath = path + ".segments[" + i + "]";
            segments.add(segment(required(dtos.get(i), segmentPath, "segment"), segmentPath));
        }
        return at(path, () -> new Programme(p.title(), p.subtitle(), date, p.venue(), p.organiser(), startTime,
                language, p.theme(), format, segments));
    }

    private static SlideFormat format(ProgrammeDto.FormatDto f, String path) {
        String id = required(f.id(), path, "id");
        SlideFormat preset = SlideFormat.preset(id);
        if (preset != null && f.widthPt() == null && f.heightPt() == null) {
            return preset;
        }
        return at(path, () -> new SlideFormat(id, required(f.widthPt(), path, "widthPt"),
                required(f.heightPt(), path, "heightPt")));
    }

    private Segment segment(SegmentDto s, String path) {
        SegmentId id = at(path + ".id", () -> new SegmentId(required(s.id(), path, "id")));
        SegmentKind kind = at(path + ".kind", () -> SegmentKind.fromId(required(s.kind(), path, "kind")));
        Duration planned = duration(s.plannedDuration(), path + ".plannedDuration");
        List<Slide> slides = new ArrayList<>();
        List<SlideDto> dtos = list(s.slides());
        for (int i = 0; i < dtos.size(); i++) {
            String slidePath = path + ".slides[" + i + "]";
            slides.add(slide(required(dtos.get(i), slidePath, "slide"), slidePath));
        }
        return at(path, () -> new Segment(id, kind, s.title(), people(s.people(), path + ".people"), planned,
                s.notes(), slides));
    }

    private Slide slide(SlideDto s, String path) {
        SlideId id = at(path + ".id", () -> new SlideId(required(s.id(), path, "id")));
        Duration autoAdvance = duration(s.autoAdvance(), path + ".autoAdvance");
        SlideContent content = at(path, () -> content(s, path));
        return at(path + ".autoAdvance", () -> new Slide(id, content, s.notes(), autoAdvance));
    }

    /** The slide kinds are a closed set: one branch per {@link SlideDto} record. */
    private SlideContent content(SlideDto s, String path) {
        if (s instanceof SlideDto.Title t) {
            return new TitleCard(t.title(), t.subtitle());
        } else if (s instanceof SlideDto.Section t) {
            return new SectionHeading(t.heading(), t.subheading());
        } else if (s instanceof SlideDto.Speaker t) {
            List<Speaker> speakers = new ArrayList<>();
            List<SlideDto.SpeakerDto> dtos = list(t.speakers());
            for (int i = 0; i < dtos.size(); i++) {
                String speakerPath = path + ".speakers[" + i + "]";
                SlideDto.SpeakerDto sp = required(dtos.get(i), speakerPath, "speaker");
                MediaRef portrait = sp.portrait() == null ? null : media(sp.portrait(), speakerPath + ".portrait");
                speakers.add(new Speaker(new Person(sp.name(), sp.role()), portrait));
            }
            return at(path + ".speakers", () -> new SpeakerCard(speakers));
        } else if (s instanceof SlideDto.Quote t) {
            return new Quote(t.text(), t.attribution() == null ? null : person(t.attribution()));
        } else if (s instanceof SlideDto.Photo t) {
            return new SinglePhoto(photo(required(t.photo(), path, "photo"), path + ".photo"));
        } else if (s instanceof SlideDto.PhotoGrid t) {
            List<Photo> photos = new ArrayList<>();
            List<PhotoDto> dtos = list(t.photos());
            for (int i = 0; i < dtos.size(); i++) {
                String photoPath = path + ".photos[" + i + "]";
                photos.add(photo(required(dtos.get(i), photoPath, "photo"), photoPath));
            }
            return at(path + ".photos", () -> new PhotoGrid(photos, t.caption(), t.credit()));
        } else if (s instanceof SlideDto.HonourRoll t) {
            return new HonourRoll(t.heading(), people(t.names(), path + ".names"));
        } else if (s instanceof SlideDto.Text t) {
            List<String> points = list(t.points());
            for (int i = 0; i < points.size(); i++) {
                required(points.get(i), path + ".points[" + i + "]", "point");
            }
            return new TextPoints(t.heading(), points);
        } else if (s instanceof SlideDto.Blank t) {
            return new BlankCard(t.logo() == null ? null : media(t.logo(), path + ".logo"), t.text());
        }
        throw new IllegalStateException("slide kind without a mapping: " + s.getClass());
    }

    private Photo photo(PhotoDto p, String path) {
        MediaRef media = media(required(p.media(), path, "media"), path + ".media");
        PhotoFit fit = fit(p.fit(), path + ".fit");
        FocalPoint focal = p.focal() == null ? null : at(path + ".focal", () -> new FocalPoint(
                required(p.focal().x(), path + ".focal", "x"), required(p.focal().y(), path + ".focal", "y")));
        Crop crop = p.crop() == null ? null : at(path + ".crop", () -> {
            PhotoDto.CropDto c = p.crop();
            String cropPath = path + ".crop";
            return new Crop(required(c.left(), cropPath, "left"), required(c.top(), cropPath, "top"),
                    required(c.right(), cropPath, "right"), required(c.bottom(), cropPath, "bottom"));
        });
        return new Photo(media, p.caption(), p.credit(), fit, focal, crop);
    }

    private static PhotoFit fit(String id, String path) {
        if (id == null) {
            return null;
        }
        for (PhotoFit fit : PhotoFit.values()) {
            if (fit.id().equals(id)) {
                return fit;
            }
        }
        throw new BindingException(path, FileReason.of(Kind.NOT_A_FIT, id), null);
    }

    private MediaRef media(String sha256, String path) {
        MediaRef ref = mediaBySha.get(sha256);
        if (ref == null) {
            throw new BindingException(path, FileReason.of(Kind.PHOTO_NOT_IN_MEDIA_TABLE, sha256), null);
        }
        return ref;
    }

    private static List<Person> people(List<PersonDto> dtos, String path) {
        List<Person> people = new ArrayList<>();
        List<PersonDto> list = list(dtos);
        for (int i = 0; i < list.size(); i++) {
            people.add(person(required(list.get(i), path + "[" + i + "]", "person")));
        }
        return people;
    }

    private static Person person(PersonDto p) {
        return new Person(p.name(), p.role());
    }

    private static Duration duration(String iso, String path) {
        if (iso == null) {
            return null;
        }
        try {
            return Duration.parse(iso);
        } catch (DateTimeParseException e) {
            throw new BindingException(path, FileReason.of(Kind.NOT_A_DURATION, iso), e);
        }
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** {@code value}, or a binding error naming the missing field of the object at {@code path}. */
    private static <T> T required(T value, String path, String field) {
        if (value == null) {
            throw new BindingException(path, FileReason.of(Kind.FIELD_MISSING, field), null);
        }
        return value;
    }

    /** Runs a model constructor, giving its refusal the JSON path of the value refused. */
    private static <T> T at(String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (DateTimeParseException e) {
            throw new BindingException(path,
                    FileReason.of(path.endsWith("date") ? Kind.NOT_A_DATE : Kind.NOT_A_TIME, e.getParsedString()), e);
        } catch (IllegalArgumentException e) {
            throw new BindingException(path, e);
        }
    }
}
