package org.podium.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Podium's per-user folders, where each platform keeps them: data that must survive (the recovery
 * copy) and caches that may go at any time (deck pictures). Names are given as Windows and macOS
 * write them ({@code "Recovery"}); on other systems they are lower case, as XDG folders are.
 */
public final class UserFolders {

    private final String os;
    private final Path home;
    private final UnaryOperator<String> env;

    UserFolders(String os, Path home, UnaryOperator<String> env) {
        this.os = os.toLowerCase(Locale.ROOT);
        this.home = home;
        this.env = env;
    }

    private static UserFolders ofThisMachine() {
        return new UserFolders(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")),
                System::getenv);
    }

    /**
     * {@code %LOCALAPPDATA%\Podium\NAME} on Windows, {@code ~/Library/Application Support/Podium/NAME}
     * on macOS, else {@code $XDG_DATA_HOME/podium/name} ({@code ~/.local/share/podium/name}).
     */
    public static Path data(String name) {
        return ofThisMachine().dataFolder(name);
    }

    /**
     * {@code %LOCALAPPDATA%\Podium\Cache\NAME} on Windows, {@code ~/Library/Caches/Podium/NAME} on
     * macOS, else {@code $XDG_CACHE_HOME/podium/name} ({@code ~/.cache/podium/name}).
     */
    public static Path cache(String name) {
        return ofThisMachine().cacheFolder(name);
    }

    Path dataFolder(String name) {
        if (windows()) {
            return localAppData().resolve("Podium").resolve(name);
        }
        if (mac()) {
            return home.resolve("Library").resolve("Application Support").resolve("Podium").resolve(name);
        }
        return xdg("XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("podium")
                .resolve(name.toLowerCase(Locale.ROOT));
    }

    Path cacheFolder(String name) {
        if (windows()) {
            return localAppData().resolve("Podium").resolve("Cache").resolve(name);
        }
        if (mac()) {
            return home.resolve("Library").resolve("Caches").resolve("Podium").resolve(name);
        }
        return xdg("XDG_CACHE_HOME", home.resolve(".cache")).resolve("podium").resolve(name.toLowerCase(Locale.ROOT));
    }

    private boolean windows() {
        return os.startsWith("windows");
    }

    private boolean mac() {
        return os.startsWith("mac");
    }

    private Path localAppData() {
        String local = env.apply("LOCALAPPDATA");
        return local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
    }

    /** The variable's folder; the XDG spec says to ignore a relative one. */
    private Path xdg(String variable, Path fallback) {
        String value = env.apply(variable);
        return value == null || value.isBlank() || !Path.of(value).isAbsolute() ? fallback : Path.of(value);
    }
}
