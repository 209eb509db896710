package org.podium.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.podium.BundleFiles;
import org.podium.model.PhotoFit;
import org.podium.model.SegmentKind;
import org.podium.model.SlideKind;
import org.podium.ui.runningorder.KindLabels;

/**
 * The UI bundle against the code: every key the FXML ({@code %key}) or the Java sources
 * ({@code "feature.x.y"} literals, kind labels) use exists in all three languages, and no language
 * has a key nothing uses.
 */
class UiBundleTest {

    private static final String BASE = "org/podium/ui/messages";
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z][\\w.]*)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9]+)+)\"");

    private static Map<String, String> english;
    private static Set<String> used;

    @BeforeAll
    static void scan() throws IOException {
        english = BundleFiles.read(BASE, "");
        Set<String> prefixes = english.keySet().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        used = new TreeSet<>();
        for (Path fxml : files(Path.of("src/main/resources/org/podium/ui"), ".fxml")) {
            collect(FXML_KEY, Files.readString(fxml, StandardCharsets.UTF_8), used);
        }
        Set<String> literals = new TreeSet<>();
        for (Path java : files(Path.of("src/main/java/org/podium/ui"), ".java")) {
            collect(JAVA_LITERAL, Files.readString(java, StandardCharsets.UTF_8), literals);
        }
        // The edits name their Undo/Redo labels with keys of this bundle.
        for (Path java : files(Path.of("src/main/java/org/podium/edit"), ".java")) {
            collect(JAVA_LITERAL, Files.readString(java, StandardCharsets.UTF_8), literals);
        }
        literals.stream().filter(l -> prefixes.contains(l.substring(0, l.indexOf('.')))).forEach(used::add);
        Arrays.stream(SegmentKind.values()).map(KindLabels::segmentKey).forEach(used::add);
        Arrays.stream(SlideKind.values()).map(KindLabels::slideKey).forEach(used::add);
        Arrays.stream(PhotoFit.values()).map(KindLabels::fitKey).forEach(used::add);
    }

    private static Set<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).collect(Collectors.toSet());
        }
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    @Test
    void scanFindsTheKeysOfMenusAndKinds() {
        assertThat(used).contains("shell.menu.file.open", "shell.window.title", "edit.segment.move",
                "runningorder.segment.kind.photoMontage", "details.photo.fit.fill");
    }

    @Test
    void everyUsedKeyIsInEveryLanguage() throws IOException {
        for (String language : BundleFiles.LANGUAGES) {
            assertThat(BundleFiles.read(BASE, language).keySet()).as("messages%s", language).containsAll(used);
        }
    }

    @Test
    void noLanguageHasAnUnusedKey() throws IOException {
        for (String language : BundleFiles.LANGUAGES) {
            Set<String> unused = new TreeSet<>(BundleFiles.read(BASE, language).keySet());
            unused.removeAll(used);
            assertThat(unused).as("keys of messages%s nothing uses", language).isEmpty();
        }
    }

    @Test
    void translationsKeepThePlaceholdersOfTheEnglish() throws IOException {
        for (String language : BundleFiles.LANGUAGES) {
            Map<String, String> bundle = BundleFiles.read(BASE, language);
            english.forEach((key, pattern) -> assertThat(BundleFiles.highestArgument(bundle.get(key)))
                    .as("placeholders of %s in messages%s", key, language)
                    .isEqualTo(BundleFiles.highestArgument(pattern)));
        }
    }
}
