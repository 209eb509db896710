package org.podium.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-user folders where each platform keeps them. */
class UserFoldersTest {

    private static final Path HOME = Path.of("/home/organiser");

    private static UserFolders on(String os, Map<String, String> env) {
        return new UserFolders(os, HOME, env::get);
    }

    @Test
    void linuxFollowsXdgAndIgnoresARelativeFolderAsTheSpecSays() {
        UserFolders plain = on("Linux", Map.of());
        assertThat(plain.dataFolder("Recovery")).isEqualTo(HOME.resolve(".local/share/podium/recovery"));
        assertThat(plain.cacheFolder("deck-pictures")).isEqualTo(HOME.resolve(".cache/podium/deck-pictures"));

        UserFolders set = on("Linux", Map.of("XDG_DATA_HOME", "/data", "XDG_CACHE_HOME", "/fast/cache"));
        assertThat(set.dataFolder("Recovery")).isEqualTo(Path.of("/data/podium/recovery"));
        assertThat(set.cacheFolder("deck-pictures")).isEqualTo(Path.of("/fast/cache/podium/deck-pictures"));

        UserFolders relative = on("Linux", Map.of("XDG_CACHE_HOME", "target/cache"));
        assertThat(relative.cacheFolder("deck-pictures")).isEqualTo(HOME.resolve(".cache/podium/deck-pictures"));
    }

    @Test
    void macOsUsesItsLibraryFolders() {
        UserFolders mac = on("Mac OS X", Map.of());
        assertThat(mac.dataFolder("Recovery"))
                .isEqualTo(HOME.resolve("Library/Application Support/Podium/Recovery"));
        assertThat(mac.cacheFolder("deck-pictures")).isEqualTo(HOME.resolve("Library/Caches/Podium/deck-pictures"));
    }

    @Test
    void windowsUsesLocalAppData() {
        UserFolders windows = on("Windows 11", Map.of("LOCALAPPDATA", "/C/Users/organiser/AppData/Local"));
        assertThat(windows.dataFolder("Recovery")).isEqualTo(Path.of("/C/Users/organiser/AppData/Local/Podium/Recovery"));
        assertThat(windows.cacheFolder("deck-pictures"))
                .isEqualTo(Path.of("/C/Users/organiser/AppData/Local/Podium/Cache/deck-pictures"));
        assertThat(on("Windows 10", Map.of()).dataFolder("Recovery"))
                .isEqualTo(HOME.resolve("AppData/Local/Podium/Recovery"));
    }
}
