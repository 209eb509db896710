package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatVersionTest {

    @TempDir
    Path dir;

    private final List<String> stepsRun = new ArrayList<>();

    /** A pretend history: version 1 called the title "name", version 2 had no theme; 3 is current. */
    private final Migrations threeVersions = new Migrations(3, List.of(
            new Migrations.Step("rename programme name to title", 1, document -> {
                stepsRun.add("1→2");
                ObjectNode programme = (ObjectNode) document.get("programme");
                programme.set("title", programme.remove("name"));
                return document;
            }),
            new Migrations.Step("add the default theme", 2, document -> {
                stepsRun.add("2→3");
                ((ObjectNode) document.get("programme")).put("theme", "crimson-gold");
                return document;
            })));

    @Test
    void newerVersionIsRefusedNamingTheWriterAndLeavesTheFileAlone() throws IOException {
        String json = Documents.minimal().replace("\"formatVersion\": 1", "\"formatVersion\": 2")
                .replace("Podium 0.1.0", "Podium 2.3.0").replace("\"title\": \"分享會\"", "\"transition\": \"fade\"");
        Path file = write(json);
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);

        assertThatThrownBy(() -> PodiumFile.read(file))
                .isInstanceOf(PodiumFileException.class)
                .hasMessage(file + ": written by Podium 2.3.0 in format version 2; this Podium reads up to version 1 "
                        + "— update Podium to open it.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void newerVersionWithoutAWriterSaysSoInEachLanguage() throws IOException {
        Path file = write(Documents.minimal().replace("\"formatVersion\": 1", "\"formatVersion\": 2")
                .replace("\"writtenBy\": \"Podium 0.1.0\",", ""));

        assertThatThrownBy(() -> PodiumFile.read(file)).isInstanceOfSatisfying(PodiumFileException.class, e -> {
            assertThat(e).hasMessage(file + ": written by an unknown program in format version 2; "
                    + "this Podium reads up to version 1 — update Podium to open it.");
            assertThat(e.reason(Locale.TAIWAN)).isEqualTo("這個檔案是以格式版本 2 寫成的（寫出它的程式不明），"
                    + "而這個 Podium 最多只能讀取版本 1。請更新 Podium 後再開啟。");
        });
    }

    @Test
    void missingFormatVersionIsAClearError() throws IOException {
        Path file = write(Documents.minimal().replace("\"formatVersion\": 1,", ""));

        assertThatThrownBy(() -> PodiumFile.read(file))
                .hasMessage(file + ": programme.json has no formatVersion; it was not written by Podium");
    }

    @Test
    void formatVersionThatIsNoWholeNumberIsRefused() throws IOException {
        Path file = write(Documents.minimal().replace("\"formatVersion\": 1", "\"formatVersion\": \"1\""));

        assertThatThrownBy(() -> PodiumFile.read(file))
                .hasMessage(file + ": programme.json: formatVersion must be a whole number from 1, was \"1\"");
    }

    @Test
    void olderFileGoesThroughEveryStepInOrder() throws IOException {
        Path file = write(Documents.minimal().replace("\"title\": \"先進事跡分享會\"", "\"name\": \"先進事跡分享會\""));

        try (ZipOpenedProgramme opened = PodiumFile.read(file, Limits.DEFAULT, threeVersions)) {
            assertThat(opened.programme().title()).isEqualTo("先進事跡分享會");
            assertThat(opened.programme().themeId()).isEqualTo("crimson-gold");
            assertThat(opened.formatVersion()).isEqualTo(1);
        }
        assertThat(stepsRun).containsExactly("1→2", "2→3");
        assertThat(threeVersions.stepNames(1)).containsExactly("rename programme name to title", "add the default theme");
    }

    @Test
    void fileOfAMiddleVersionSkipsTheStepsBeforeIt() throws IOException {
        Path file = write(Documents.minimal().replace("\"formatVersion\": 1", "\"formatVersion\": 2"));

        try (ZipOpenedProgramme opened = PodiumFile.read(file, Limits.DEFAULT, threeVersions)) {
            assertThat(opened.programme().title()).isEqualTo("先進事跡分享會");
        }
        assertThat(stepsRun).containsExactly("2→3");
    }

    @Test
    void currentVersionIsBoundWithoutSteps() throws IOException {
        Path file = write(Documents.minimal().replace("\"formatVersion\": 1", "\"formatVersion\": 3"));

        try (ZipOpenedProgramme opened = PodiumFile.read(file, Limits.DEFAULT, threeVersions)) {
            assertThat(opened.formatVersion()).isEqualTo(3);
        }
        assertThat(stepsRun).isEmpty();
    }

    @Test
    void upgradeSetsTheVersionAfterEachStep() throws Exception {
        JsonNode upgraded = threeVersions.upgrade(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"formatVersion\": 1, \"programme\": {\"name\": \"x\"}}"), 1);

        assertThat(upgraded.get("formatVersion").intValue()).isEqualTo(3);
        assertThat(upgraded.at("/programme/title").asText()).isEqualTo("x");
    }

    @Test
    void failingStepIsNamed() throws IOException {
        Path file = write(Documents.minimal().replace("\"programme\": {", "\"programme\": \"none\", \"was\": {"));

        assertThatThrownBy(() -> PodiumFile.read(file, Limits.DEFAULT, threeVersions))
                .isInstanceOf(PodiumFileException.class)
                .hasMessageStartingWith(file + ": programme.json: upgrading from format version 1 failed in step "
                        + "'rename programme name to title': ");
    }

    @Test
    void errorInAnUpgradedFileSaysSoInsteadOfAMisleadingLine() throws IOException {
        Path file = write(Documents.minimal().replace("\"title\": \"先進事跡分享會\"", "\"name\": \"先進事跡分享會\"")
                .replace("\"language\": \"zh-Hant\"", "\"language\": \"fr\""));

        assertThatThrownBy(() -> PodiumFile.read(file, Limits.DEFAULT, threeVersions))
                .hasMessage(file + ": programme.json: Unknown language 'fr'; expected zh-Hant, zh-Hans or en "
                        + "at $.programme.language (after upgrading from format version 1)");
    }

    @Test
    void newerThanTheInjectedChainIsRefused() throws IOException {
        Path file = write(Documents.minimal().replace("\"formatVersion\": 1", "\"formatVersion\": 4"));

        assertThatThrownBy(() -> PodiumFile.read(file, Limits.DEFAULT, threeVersions))
                .hasMessageContaining("in format version 4; this Podium reads up to version 3");
    }

    @Test
    void chainMustHaveOneStepPerOlderVersion() {
        assertThatThrownBy(() -> new Migrations(2, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Migrations(2, List.of(new Migrations.Step("wrong start", 2, n -> n))))
                .hasMessageContaining("'wrong start' starts from version 2, expected 1");
    }

    @Test
    void productionReadsAndWritesVersionOne() {
        assertThat(Migrations.production().currentVersion()).isEqualTo(1).isEqualTo(Migrations.CURRENT_VERSION);
        assertThat(Migrations.production().stepNames(1)).isEmpty();
    }

    private Path write(String json) throws IOException {
        return Files.write(dir.resolve("分享會.podium"), Zips.podium(json, Map.of()));
    }
}
