package org.podium;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
