package org.podium.ui.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** {@link RecentFiles} in the user's {@link Preferences}. */
public final class PreferencesRecentFiles implements RecentFiles {

    private static final System.Logger LOG = System.getLogger(PreferencesRecentFiles.class.getName());
    static final String KEY = "lastFile";

    private final Preferences node;

    public PreferencesRecentFiles(Preferences node) {
        this.node = node;
    }

    @Override
    public Optional<Path> last() {
        String value = node.get(KEY, null);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public void remember(Path file) {
        node.put(KEY, file.toAbsolutePath().toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Only convenience is lost: the next start opens the sample instead.
            LOG.log(System.Logger.Level.WARNING, "Could not store the last opened file in the preferences", e);
        }
    }
}
