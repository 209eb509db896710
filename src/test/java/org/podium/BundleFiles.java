package org.podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Reads resource-bundle files as written (UTF-8) and checks their MessageFormat patterns. */
public final class BundleFiles {

    /** Suffixes of the three languages: root English, Simplified, Traditional. */
    public static final String[] LANGUAGES = {"", "_zh", "_zh_Hant"};
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private BundleFiles() {
    }

    /** Keys and values of {@code src/main/resources/<base><suffix>.properties}. */
    public static Map<String, String> read(String base, String suffix) throws IOException {
        Path file = Path.of("src/main/resources", base + suffix + ".properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.forEach((k, v) -> entries.put((String) k, (String) v));
        return entries;
    }

    /**
     * Each language of {@code base} has exactly the keys of the English (root) file, and each
     * translation uses the same placeholders as the English it translates.
     *
     * @return the English keys and patterns
     */
    public static Map<String, String> assertSameKeysAndPlaceholders(String base) throws IOException {
        Map<String, String> english = read(base, "");
        for (String language : LANGUAGES) {
            Map<String, String> bundle = read(base, language);
            assertThat(bundle.keySet()).as("keys of %s%s", base, language).isEqualTo(english.keySet());
            english.forEach((key, pattern) -> assertThat(arguments(bundle.get(key)))
                    .as("placeholders of %s in %s%s", key, base, language)
                    .isEqualTo(arguments(pattern)));
        }
        return english;
    }

    /**
     * The reasons bundle {@code base} has one sentence per kind and nothing else, in every language,
     * each using exactly the placeholders {@code {0}} … of its kind's arity.
     *
     * @param arityByKey each kind's bundle key and how many arguments it takes
     */
    public static void assertOneSentencePerKind(String base, Map<String, Integer> arityByKey) throws IOException {
        Map<String, String> english = assertSameKeysAndPlaceholders(base);
        assertThat(english.keySet()).as("keys of %s", base).isEqualTo(arityByKey.keySet());
        arityByKey.forEach((key, arity) -> assertThat(arguments(english.get(key))).as("placeholders of %s", key)
                .containsExactlyElementsOf(IntStream.range(0, arity).boxed().toList()));
    }

    /**
     * Every Simplified and Traditional sentence of {@code base} differs from the English and holds
     * Chinese characters, but for {@code untranslated} (patterns that are only their arguments).
     */
    public static void assertTranslatedIntoChinese(String base, Set<String> untranslated) throws IOException {
        Map<String, String> english = read(base, "");
        for (String language : new String[] {"_zh", "_zh_Hant"}) {
            read(base, language).forEach((key, pattern) -> {
                if (!untranslated.contains(key)) {
                    assertThat(pattern).as("%s in %s%s", key, base, language).isNotEqualTo(english.get(key))
                            .containsPattern("\\p{IsHan}");
                }
            });
        }
    }

    /** The argument indices a pattern uses, {0} as 0; throws when it is not a valid pattern. */
    public static Set<Integer> arguments(String pattern) {
        new MessageFormat(pattern);
        Set<Integer> arguments = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern.replaceAll("'[^']*'", ""));
        while (matcher.find()) {
            arguments.add(Integer.parseInt(matcher.group(1)));
        }
        return arguments;
    }

    /** Highest argument index a pattern uses, -1 for none; throws when it is not a valid pattern. */
    public static int highestArgument(String pattern) {
        new MessageFormat(pattern);
        int highest = -1;
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
        }
        return highest;
    }
}
