package org.podium.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PreferencesRecentFilesTest {

    private final Preferences node = Preferences.userRoot().node("org/podium/test-" + UUID.randomUUID());

    @AfterEach
    void remove() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void newestFirstWithoutDuplicatesAndAtMostEight() {
        RecentFiles recent = new PreferencesRecentFiles(node);
        for (int i = 0; i < 10; i++) {
            recent.remember(Path.of("/p/" + i + ".podium"));
        }
        recent.remember(Path.of("/p/5.podium"));

        RecentFiles reread = new PreferencesRecentFiles(node);
        assertThat(reread.list()).hasSize(RecentFiles.MAX).startsWith(Path.of("/p/5.podium"), Path.of("/p/9.podium"))
                .doesNotHaveDuplicates().doesNotContain(Path.of("/p/0.podium"), Path.of("/p/1.podium"));
        assertThat(reread.last()).contains(Path.of("/p/5.podium"));
    }

    @Test
    void theFileRememberedByEarlierVersionsIsKept() {
        node.put(PreferencesRecentFiles.LEGACY_KEY, "/old/last.podium");
        assertThat(new PreferencesRecentFiles(node).list()).containsExactly(Path.of("/old/last.podium"));
    }
}
