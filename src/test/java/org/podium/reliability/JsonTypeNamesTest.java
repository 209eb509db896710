package org.podium.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.io.PodiumFile;
import org.podium.io.PodiumFileException;

/**
 * A {@code .podium} file cannot choose which Java class Jackson builds: every mapper Podium keeps
 * has default typing off, and a slide kind that is unknown or a Java class name is refused with
 * the list of kinds Podium knows, at the path and line of the kind.
 */
class JsonTypeNamesTest {

    private static final String KNOWN = "title, section, speaker, quote, photo, photo-grid, honour-roll, text, blank";

    private static JsonMutations json;

    @TempDir
    Path dir;

    @BeforeAll
    static void seed() throws IOException {
        json = new JsonMutations(SeedPodium.bytes());
    }

    @Test
    void everyMapperPodiumKeepsHasDefaultTypingOff() throws ReflectiveOperationException {
        List<String> checked = new ArrayList<>();
        for (var javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.podium")) {
            for (JavaField field : javaClass.getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getRawType().isAssignableTo(ObjectMapper.class)) {
                    Field reflected = field.reflect();
                    reflected.setAccessible(true);
                    ObjectMapper mapper = (ObjectMapper) reflected.get(null);
                    assertThat(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)))
                            .as(field.getFullName()).isNull();
                    checked.add(field.getFullName());
                }
            }
        }
        assertThat(checked).as("the programme.json mapper is among those checked")
                .contains("org.podium.io.ProgrammeJson.MAPPER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"video", "TITLE", "java.lang.Runtime", "java.lang.ProcessBuilder",
            "org.podium.io.SlideDto$Title", "com.sun.rowset.JdbcRowSetImpl", "java.util.HashMap"})
    void unknownOrClassNamedSlideKindIsRefusedWithTheKnownKinds(String kind) throws IOException {
        ObjectNode slide = slide(0, 0);
        slide.put("kind", kind);
        Path file = writeChanged();

        assertThatThrownBy(() -> PodiumFile.read(file))
                .isInstanceOf(PodiumFileException.class)
                .hasMessageMatching(quote(file + ": programme.json: unknown slide kind \"" + kind + "\"; Podium knows "
                        + KNOWN + " at $.programme.segments[0].slides[0].kind (line ") + "\\d+, column \\d+\\)");
    }

    @Test
    void defaultTypingShapedKindIsRefused() throws IOException {
        ObjectNode slide = slide(1, 0);
        slide.set("kind", JsonNodeFactory.instance.arrayNode().add("java.lang.Runtime").add(JsonNodeFactory.instance.objectNode()));
        Path file = writeChanged();

        assertThatThrownBy(() -> PodiumFile.read(file))
                .isInstanceOf(PodiumFileException.class)
                .hasMessageStartingWith(file + ": programme.json: ")
                .hasMessageContaining("$.programme.segments[1].slides[0]")
                .hasMessageNotContaining("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@class", "@type", "@c"})
    void classPropertyIsAnUnknownField(String property) throws IOException {
        ObjectNode slide = slide(0, 1);
        slide.put(property, "java.lang.Runtime");
        Path file = writeChanged();

        assertThatThrownBy(() -> PodiumFile.read(file))
                .isInstanceOf(PodiumFileException.class)
                .hasMessageStartingWith(file + ": programme.json: unknown field \"" + property
                        + "\" at $.programme.segments[0].slides[1]." + property + " (line ");
    }

    /** The seed's programme.json being changed by the test at hand. */
    private ObjectNode current;

    /** A slide of a fresh copy of the seed's programme.json, to change before {@link #writeChanged}. */
    private ObjectNode slide(int segment, int slide) {
        current = (ObjectNode) json.tree();
        return (ObjectNode) current.get("programme").get("segments").get(segment).get("slides").get(slide);
    }

    private Path writeChanged() throws IOException {
        return Files.write(dir.resolve("分享會.podium"), json.rezip(JsonMutations.write(current)));
    }

    private static String quote(String text) {
        return java.util.regex.Pattern.quote(text);
    }
}
