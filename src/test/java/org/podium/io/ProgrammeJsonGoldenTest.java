package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.podium.model.Programme;

class ProgrammeJsonGoldenTest {

    private static final String GOLDEN = "golden-programme.json";

    @Test
    void everyKindIsWrittenExactlyAsTheGoldenFile() throws IOException {
        String written = new String(ProgrammeJson.write(TestProgrammes.everyKindWithFakeMedia(), "Podium 0.1.0"),
                StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(golden());
    }

    @Test
    void theGoldenFileReadsBackToTheSameProgramme() throws IOException {
        ProgrammeJson.Document document = ProgrammeJson.read(golden().getBytes(StandardCharsets.UTF_8),
                Path.of(GOLDEN), Migrations.production(), media -> { });

        Programme expected = TestProgrammes.everyKindWithFakeMedia();
        assertThat(document.programme()).isEqualTo(expected);
        assertThat(document.writtenBy()).isEqualTo("Podium 0.1.0");
        assertThat(document.formatVersion()).isEqualTo(1);
        assertThat(document.media()).containsOnlyKeys("a".repeat(64), "b".repeat(64), "c".repeat(64));
    }

    @Test
    void chineseIsWrittenAsIsNotEscaped() {
        String written = new String(ProgrammeJson.write(TestProgrammes.everyKindWithFakeMedia(), "Podium 0.1.0"),
                StandardCharsets.UTF_8);

        assertThat(written).contains("\"title\": \"建鄴區區級機關「兩優一先」先進事跡分享會\"").doesNotContain("\\u");
    }

    private static String golden() throws IOException {
        try (InputStream in = ProgrammeJsonGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("test resource " + GOLDEN).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
