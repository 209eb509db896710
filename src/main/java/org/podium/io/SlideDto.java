package org.podium.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A slide as written. The {@code kind} property picks one of exactly these records (no default
 * typing: a file can never name a Java class). {@code EXISTING_PROPERTY} lets each record write
 * {@code kind} after {@code id}, where the format puts it. The names must equal
 * {@code SlideKind.id()}; a test holds them together.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SlideDto.Title.class, name = "title"),
        @JsonSubTypes.Type(value = SlideDto.Section.class, name = "section"),
        @JsonSubTypes.Type(value = SlideDto.Speaker.class, name = "speaker"),
        @JsonSubTypes.Type(value = SlideDto.Quote.class, name = "quote"),
        @JsonSubTypes.Type(value = SlideDto.Photo.class, name = "photo"),
        @JsonSubTypes.Type(value = SlideDto.PhotoGrid.class, name = "photo-grid"),
        @JsonSubTypes.Type(value = SlideDto.HonourRoll.class, name = "honour-roll"),
        @JsonSubTypes.Type(value = SlideDto.Text.class, name = "text"),
        @JsonSubTypes.Type(value = SlideDto.Blank.class, name = "blank")})
sealed interface SlideDto {

    String id();

    @JsonProperty("kind")
    String kind();

    String notes();

    /** ISO-8601 duration or null. */
    String autoAdvance();

    @JsonPropertyOrder({"id", "kind", "notes", "autoAdvance", "title", "subtitle"})
    record Title(String id, String notes, String autoAdvance, String title, String subtitle) implements SlideDto {
        @Override
        public String kind() {
            return "title";
        }
    }

    @JsonPropertyOrder({"id", "kind", "notes", "autoAdvance", "heading", "subheading"})
    record Section(String id, String notes, String autoAdvance, String heading, String subheading) implements SlideDto {
        @Override
        public String kind() {
            return "section";
        }
    }

    @JsonPropertyOrder({"id", "kind", "notes", "autoAdvance", "speakers"})
    record Speaker(String id, String notes, String autoAdvance, List<SpeakerDto> speakers) implements SlideDto {
        @Override
        public String kind() {
            return "speaker";
        }
    }

    /** {@code portrait} is a sha256 from the media table or null. */
    @JsonPropertyOrder({"name", "role", "portrait"})
    record SpeakerDto(String name, String role, String portrait) {
    }

    @JsonPropertyOrder({"id", "kind", "notes", "autoAdvance", "text", "attribution"})
    record Quote(String id, String notes, String autoAdvance, String text, PersonDto attribution) implements SlideDto {
        @Override
        public String kind() {
            return "quote";
        }
    }

    @JsonPropertyOrder({"id", "kind", "notes", "autoAdvance", "photo"})
    record Photo(String id, String notes, String autoAdvance, PhotoDto photo) implements SlideDto {
        @Override
        public String kind() {
            return "photo";
        }
    }

    @JsonPropertyOrder({"id", "kind", "notes", "autoAdvance", "photos", "caption", "credit"})
    record PhotoGrid(String id, String notes, String autoAdvance, List<PhotoDto> photos, String caption, String credit)
            implements SlideDto {
        @Override
        public String kind() {
            return "photo-grid";
        }
    }

    @JsonPropertyOrder({"id", "kind", "notes", "autoAdvance", "heading", "names"})
    record HonourRoll(String id, String notes, String autoAdvance, String heading, List<PersonDto> names)
            implements SlideDto {
        @Override
        public String kind() {
            return "honour-roll";
        }
    }

    @JsonPropertyOrder({"id", "kind", "notes", "autoAdvance", "heading", "points"})
    record Text(String id, String notes, String autoAdvance, String heading, List<String> points) implements SlideDto {
        @Override
        public String kind() {
            return "text";
        }
    }

    /** {@code logo} is a sha256 from the media table or null. */
    @JsonPropertyOrder({"id", "kind", "notes", "autoAdvance", "logo", "text"})
    record Blank(String id, String notes, String autoAdvance, String logo, String text) implements SlideDto {
        @Override
        public String kind() {
            return "blank";
        }
    }
}
