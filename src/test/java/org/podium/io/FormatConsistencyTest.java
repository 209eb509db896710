package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.podium.model.SlideKind;

/** Things that must agree with each other but live in different places. */
class FormatConsistencyTest {

    @Test
    void slideKindNamesInTheFileAreTheModelsKindIds() throws Exception {
        JsonSubTypes.Type[] types = SlideDto.class.getAnnotation(JsonSubTypes.class).value();

        assertThat(types).extracting(JsonSubTypes.Type::name)
                .containsExactlyInAnyOrder(Arrays.stream(SlideKind.values()).map(SlideKind::id).toArray(String[]::new));
        for (JsonSubTypes.Type type : types) {
            RecordComponent[] components = type.value().getRecordComponents();
            Object[] nulls = new Object[components.length];
            Object dto = type.value().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new)).newInstance(nulls);
            assertThat(((SlideDto) dto).kind()).isEqualTo(type.name());
        }
    }

    @Test
    void writtenByVersionIsThePomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>podium</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);

        assertThat(version.find()).isTrue();
        assertThat(version.group(1)).isIn(PodiumVersion.VERSION, PodiumVersion.VERSION + "-SNAPSHOT");
        assertThat(PodiumVersion.writtenBy()).isEqualTo("Podium " + PodiumVersion.VERSION);
    }
}
