package org.podium.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.podium.model.SlideKind;
import org.podium.model.Speaker;
import org.podium.model.SpeakerCard;
import org.podium.model.TextPoints;
import org.podium.model.TitleCard;

/**
 * Reads a programme.json tree into the model, strictly, for the sample's tests: a missing field or
 * a value the records refuse fails with the slide's id. It is a check of the sample, not the
 * application's reader (that is {@code org.podium.io}).
 */
final class SampleJson {

    private final Map<String, MediaRef> media = new HashMap<>();

    private SampleJson() {
    }

    static Programme toModel(JsonNode root) {
        SampleJson reader = new SampleJson();
        for (JsonNode entry : required(root, "media", "file")) {
            MediaRef ref = new MediaRef(text(entry, "sha256"), text(entry, "originalName"), text(entry, "mediaType"),
                    required(entry, "widthPx", "media").intValue(), required(entry, "heightPx", "media").intValue(),
                    required(entry, "exifOrientation", "media").intValue());
            reader.media.put(ref.sha256(), ref);
        }
        JsonNode p = required(root, "programme", "file");
        JsonNode format = required(p, "format", "programme");
        SlideFormat slideFormat = new SlideFormat(text(format, "id"), required(format, "widthPt", "format").doubleValue(),
                required(format, "heightPt", "format").doubleValue());
        List<Segment> segments = new ArrayList<>();
        for (JsonNode segment : required(p, "segments", "programme")) {
            segments.add(reader.segment(segment));
        }
        JsonNode date = required(p, "date", "programme");
        JsonNode start = required(p, "startTime", "programme");
        return new Programme(text(p, "title"), text(p, "subtitle"), date.isNull() ? null : LocalDate.parse(date.asText()),
                text(p, "venue"), text(p, "organiser"), start.isNull() ? null : LocalTime.parse(start.asText()),
                Language.fromTag(text(p, "language")), text(p, "theme"), slideFormat, segments);
    }

    private Segment segment(JsonNode node) {
        String where = "segment " + text(node, "id");
        List<Slide> slides = new ArrayList<>();
        for (JsonNode slide : required(node, "slides", where)) {
            slides.add(slide(slide));
        }
        return new Segment(new SegmentId(text(node, "id")), SegmentKind.fromId(text(node, "kind")), text(node, "title"),
                people(required(node, "people", where)), duration(required(node, "plannedDuration", where)),
                text(node, "notes"), slides);
    }

    private Slide slide(JsonNode node) {
        String where = "slide " + text(node, "id");
        SlideContent content = switch (SlideKind.fromId(text(node, "kind"))) {
            case TITLE -> new TitleCard(text(node, "title"), text(node, "subtitle"));
            case SECTION -> new SectionHeading(text(node, "heading"), text(node, "subheading"));
            case SPEAKER -> {
                List<Speaker> speakers = new ArrayList<>();
                for (JsonNode s : required(node, "speakers", where)) {
                    speakers.add(new Speaker(new Person(text(s, "name"), text(s, "role")),
                            optionalMedia(required(s, "portrait", where), where)));
                }
                yield new SpeakerCard(speakers);
            }
            case QUOTE -> {
                JsonNode by = required(node, "attribution", where);
                yield new Quote(text(node, "text"), new Person(text(by, "name"), text(by, "role")));
            }
            case PHOTO -> new SinglePhoto(photo(required(node, "photo", where), where));
            case PHOTO_GRID -> {
                List<Photo> photos = new ArrayList<>();
                for (JsonNode photo : required(node, "photos", where)) {
                    photos.add(photo(photo, where));
                }
                yield new PhotoGrid(photos, text(node, "caption"), text(node, "credit"));
            }
            case HONOUR_ROLL -> new HonourRoll(text(node, "heading"), people(required(node, "names", where)));
            case TEXT -> {
                List<String> points = new ArrayList<>();
                required(node, "points", where).forEach(point -> points.add(point.textValue()));
                yield new TextPoints(text(node, "heading"), points);
            }
            case BLANK -> new BlankCard(optionalMedia(required(node, "logo", where), where), text(node, "text"));
        };
        return new Slide(new SlideId(text(node, "id")), content, text(node, "notes"),
                duration(required(node, "autoAdvance", where)));
    }

    private Photo photo(JsonNode node, String where) {
        JsonNode focal = required(node, "focal", where);
        JsonNode crop = required(node, "crop", where);
        return new Photo(optionalMedia(required(node, "media", where), where), text(node, "caption"),
                text(node, "credit"), PhotoFit.fromId(text(node, "fit")),
                new FocalPoint(focal.path("x").doubleValue(), focal.path("y").doubleValue()),
                new Crop(crop.path("left").doubleValue(), crop.path("top").doubleValue(),
                        crop.path("right").doubleValue(), crop.path("bottom").doubleValue()));
    }

    private MediaRef optionalMedia(JsonNode sha, String where) {
        if (sha.isNull()) {
            return null;
        }
        MediaRef ref = media.get(sha.asText());
        if (ref == null) {
            throw new IllegalArgumentException(where + " uses media " + sha.asText() + ", which the media table lacks");
        }
        return ref;
    }

    private static List<Person> people(JsonNode array) {
        List<Person> people = new ArrayList<>();
        array.forEach(p -> people.add(new Person(text(p, "name"), text(p, "role"))));
        return people;
    }

    private static Duration duration(JsonNode node) {
        return node.isNull() ? null : Duration.parse(node.asText());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' is missing or not a string in the object with id '"
                    + node.path("id").asText("?") + "'");
        }
        return value.textValue();
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new IllegalArgumentException(where + " has no field '" + field + "'");
        }
        return value;
    }
}
