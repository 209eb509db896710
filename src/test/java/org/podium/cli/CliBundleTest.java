package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.BundleFiles;

class CliBundleTest {

    private static final String BASE = "org/podium/cli/messages";

    @Test
    void everyLanguageHasTheSameKeysWithTheSamePlaceholders() throws IOException {
        Map<String, String> english = BundleFiles.read(BASE, "");
        for (String language : BundleFiles.LANGUAGES) {
            Map<String, String> bundle = BundleFiles.read(BASE, language);
            assertThat(bundle.keySet()).as("keys of messages%s", language).isEqualTo(english.keySet());
            english.forEach((key, pattern) -> assertThat(BundleFiles.highestArgument(bundle.get(key)))
                    .as("placeholders of %s in messages%s", key, language)
                    .isEqualTo(BundleFiles.highestArgument(pattern)));
        }
    }
}
