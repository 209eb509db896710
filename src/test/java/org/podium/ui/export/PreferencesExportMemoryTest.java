package org.podium.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.podium.export.handouts.HandoutOptions;
import org.podium.export.pptx.PhotoQuality;
import org.podium.export.pptx.PptxOptions;

class PreferencesExportMemoryTest {

    /** A node of its own, removed afterwards, so the user's own choices are never touched. */
    private final Preferences node = Preferences.userRoot().node("org/podium/test-export-" + UUID.randomUUID());

    @AfterEach
    void remove() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void nothingStoredGivesTheDefaults() {
        PreferencesExportMemory memory = new PreferencesExportMemory(node);

        assertThat(memory.pptx()).isEqualTo(PptxOptions.defaults());
        assertThat(memory.handouts()).isEqualTo(new HandoutOptions(2, false));
        assertThat(memory.folder()).isEmpty();
    }

    @Test
    void whatIsRememberedComesBackInANewInstance() {
        PreferencesExportMemory memory = new PreferencesExportMemory(node);
        memory.rememberPptx(new PptxOptions(PhotoQuality.ORIGINAL, false, false));
        memory.rememberHandouts(new HandoutOptions(6, true));
        memory.rememberFolder(Path.of("/tmp/exports"));

        PreferencesExportMemory again = new PreferencesExportMemory(node);

        assertThat(again.pptx()).isEqualTo(new PptxOptions(PhotoQuality.ORIGINAL, false, false));
        assertThat(again.handouts()).isEqualTo(new HandoutOptions(6, true));
        assertThat(again.folder()).contains(Path.of("/tmp/exports"));
    }

    @Test
    void valuesItCannotUseGiveTheDefaults() {
        node.put(PreferencesExportMemory.QUALITY, "ULTRA");
        node.putInt(PreferencesExportMemory.PER_PAGE, 3);

        PreferencesExportMemory memory = new PreferencesExportMemory(node);

        assertThat(memory.pptx().quality()).isEqualTo(PhotoQuality.HIGH);
        assertThat(memory.handouts().perPage()).isEqualTo(2);
    }
}
