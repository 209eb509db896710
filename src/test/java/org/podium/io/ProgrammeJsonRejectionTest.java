package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.media.Sha256;
import org.podium.media.TestImages;

/** A {@code programme.json} that cannot be read is refused with its JSON path and line. */
class ProgrammeJsonRejectionTest {

    private static final int LINE = Documents.FIRST_SLIDE_LINE;

    @TempDir
    Path dir;

    @Test
    void brokenJsonGivesLineAndColumn() throws IOException {
        Path file = podium(Documents.withSlides("{ \"id\": \"t\", \"kind\": \"title\", \"title\": \"分享會\" "));

        assertRefused(file, "programme.json: not valid JSON: Unexpected close marker ']': expected '}' "
                + "(for Object starting at line 13, column 1) at $.programme.segments[0].slides[0].title (line 14, column 9)");
    }

    @Test
    void wrongTypeOfValueGivesPathAndLine() throws IOException {
        Path file = podium(Documents.withSlides("{ \"id\": \"t\", \"kind\": \"title\", \"title\": 5 }"));

        assertRefused(file, "programme.json: expected a string at $.programme.segments[0].slides[0].title "
                + "(line " + LINE + ", column 40)");
    }

    @Test
    void unknownFieldIsRefusedRatherThanDroppedOnTheNextSave() throws IOException {
        Path file = podium(Documents.withSlides("{ \"id\": \"t\", \"kind\": \"title\", \"titel\": \"分享會\" }"));

        assertRefused(file, "programme.json: unknown field \"titel\" at $.programme.segments[0].slides[0].titel "
                + "(line " + LINE + ", column 40)");
    }

    @Test
    void unknownSlideKindIsNamedWithTheKnownOnes() throws IOException {
        Path file = podium(Documents.withSlides("{ \"id\": \"t\", \"kind\": \"video\", \"title\": \"分享會\" }"));

        assertRefused(file, "programme.json: unknown slide kind \"video\"; Podium knows title, section, speaker, quote, "
                + "photo, photo-grid, honour-roll, text, blank at $.programme.segments[0].slides[0].kind "
                + "(line " + LINE + ", column 22)");
    }

    @Test
    void slideWithoutKindIsRefused() throws IOException {
        Path file = podium(Documents.withSlides("{ \"id\": \"t\", \"title\": \"分享會\" }"));

        assertRefused(file, "programme.json: the slide has no kind; it must be one of title, section, speaker, quote, "
                + "photo, photo-grid, honour-roll, text, blank at $.programme.segments[0].slides[0] "
                + "(line " + LINE + ", column 1)");
    }

    @Test
    void slideReferringToUnlistedPhotoIsRefused() throws IOException {
        String sha = "f".repeat(64);
        Path file = podium(Documents.withSlides("{ \"id\": \"p\", \"kind\": \"photo\", \"photo\": { \"media\": \""
                + sha + "\" } }"));

        assertRefused(file, "programme.json: refers to photo " + sha + ", which the media table does not list "
                + "at $.programme.segments[0].slides[0].photo.media (line " + LINE + ", column 51)");
    }

    @Test
    void valueTheModelRefusesIsWrappedWithItsPath() throws IOException {
        byte[] jpeg = TestImages.jpeg(40, 30, 1);
        String sha = Sha256.of(jpeg);
        String slide = "{ \"id\": \"p\", \"kind\": \"photo\", \"photo\": { \"media\": \"" + sha + "\",\n"
                + "  \"crop\": { \"left\": 0.6, \"top\": 0, \"right\": 0.5, \"bottom\": 0 } } }";
        Path file = podium(Documents.withSlidesAndMedia(slide, Documents.jpegRow(sha, 40, 30)),
                Map.of("media/" + sha + ".jpg", jpeg));

        assertRefused(file, "programme.json: crop (0.6, 0.0, 0.5, 0.0) leaves nothing of the photo "
                + "at $.programme.segments[0].slides[0].photo.crop (line " + (LINE + 1) + ", column 11)");
    }

    @Test
    void speakerCardWithThreePeopleIsRefused() throws IOException {
        Path file = podium(Documents.withSlides("{ \"id\": \"s\", \"kind\": \"speaker\", \"speakers\": "
                + "[ { \"name\": \"甲\" }, { \"name\": \"乙\" }, { \"name\": \"丙\" } ] }"));

        assertRefused(file, "programme.json: a speaker card shows 1 or 2 people, not 3 "
                + "at $.programme.segments[0].slides[0].speakers (line " + LINE + ", column 45)");
    }

    @Test
    void badDateIsRefused() throws IOException {
        Path file = podium(Documents.minimal().replace("\"title\": \"先進事跡分享會\",",
                "\"title\": \"先進事跡分享會\", \"date\": \"2021-6-23\","));

        assertRefused(file, "programme.json: \"2021-6-23\" is not a valid date (yyyy-MM-dd) at $.programme.date "
                + "(line 5, column 33)");
    }

    @Test
    void badDurationIsRefused() throws IOException {
        Path file = podium(Documents.withSlides("{ \"id\": \"t\", \"kind\": \"title\", \"autoAdvance\": \"8 seconds\" }"));

        assertRefused(file, "programme.json: \"8 seconds\" is not an ISO-8601 duration such as PT5M or PT8S "
                + "at $.programme.segments[0].slides[0].autoAdvance (line " + LINE + ", column 46)");
    }

    @Test
    void invalidIdIsRefused() throws IOException {
        Path file = podium(Documents.withSlides("{ \"id\": \"slide one\", \"kind\": \"title\" }"));

        assertRefused(file, "programme.json: invalid slide id 'slide one': use 1–64 letters, digits, '.', '_' or '-' "
                + "at $.programme.segments[0].slides[0].id (line " + LINE + ", column 9)");
    }

    @Test
    void missingLanguageIsRefused() throws IOException {
        Path file = podium(Documents.minimal().replace("\"language\": \"zh-Hant\",", ""));

        assertRefused(file, "programme.json: language is missing at $.programme (line 4, column 16)");
    }

    @Test
    void duplicateKeyIsRefused() throws IOException {
        Path file = podium(Documents.withSlides("{ \"id\": \"t\", \"id\": \"u\", \"kind\": \"title\" }"));

        assertRefused(file, "programme.json: not valid JSON: Duplicate field 'id' at $.programme.segments[0].slides[0].id "
                + "(line " + LINE + ", column 18)");
    }

    @Test
    void documentThatIsNotAnObjectIsRefused() throws IOException {
        Path file = podium("[1, 2, 3]");

        assertRefused(file, "programme.json does not hold a JSON object; this is not a Podium programme");
    }

    @Test
    void aTextOverTheLimitIsRefusedInPlainWords() throws IOException {
        String huge = "長".repeat(21_000_000);
        Path file = podium(Documents.withSlides("{ \"id\": \"t\", \"kind\": \"title\", \"title\": \"" + huge + "\" }"));

        assertThatThrownBy(() -> PodiumFile.read(file)).isInstanceOf(PodiumFileException.class)
                .hasMessage(file + ": programme.json: a text longer than the 20,000,000 characters a programme may "
                        + "hold; the file is damaged or was not written by Podium")
                .hasMessageNotContaining("StreamReadConstraints").hasMessageNotContaining("`");
    }

    @Test
    void nestingOverTheLimitIsRefusedInPlainWords() throws IOException {
        Path file = podium("{\"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}");

        assertThatThrownBy(() -> PodiumFile.read(file)).isInstanceOf(PodiumFileException.class)
                .hasMessage(file + ": programme.json: values nested deeper than the 1,000 levels a programme may hold; "
                        + "the file is damaged or was not written by Podium")
                .hasMessageNotContaining("StreamReadConstraints").hasMessageNotContaining("`");
    }

    @Test
    void programmeJsonThatIsNotUtf8IsRefused() throws IOException {
        byte[] big5 = Documents.minimal().getBytes(Charset.forName("Big5"));
        Path file = Files.write(dir.resolve("big5.podium"), Zips.zip(Map.of("programme.json", big5)));

        assertRefused(file, "programme.json is not UTF-8 text");
    }

    @Test
    void byteOrderMarkFromAHandEditIsAccepted() throws IOException {
        Path file = podium("\uFEFF" + Documents.minimal());

        try (OpenedProgramme opened = PodiumFile.read(file)) {
            assertThat(opened.programme().title()).isEqualTo("先進事跡分享會");
        }
    }

    private Path podium(String json) throws IOException {
        return podium(json, Map.of());
    }

    private Path podium(String json, Map<String, byte[]> media) throws IOException {
        return Files.write(dir.resolve("分享會.podium"), Zips.podium(json, media));
    }

    private static void assertRefused(Path file, String problem) {
        assertThatThrownBy(() -> PodiumFile.read(file))
                .isInstanceOf(PodiumFileException.class)
                .hasMessage(file + ": " + problem);
    }
}
