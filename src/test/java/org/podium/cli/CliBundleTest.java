package org.podium.cli;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.podium.BundleFiles;

class CliBundleTest {

    @Test
    void everyLanguageHasTheSameKeysWithTheSamePlaceholders() throws IOException {
        BundleFiles.assertSameKeysAndPlaceholders("org/podium/cli/messages");
    }
}
