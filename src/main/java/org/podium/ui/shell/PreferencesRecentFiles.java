package org.podium.ui.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** {@link RecentFiles} in the user's {@link Preferences}: keys {@code recent.0} (newest) to {@code recent.7}. */
public final class PreferencesRecentFiles implements RecentFiles {

    private static final System.Logger LOG = System.getLogger(PreferencesRecentFiles.class.getName());
    /** Written by earlier versions, which remembered one file; read as the newest when there is no list. */
    static final String LEGACY_KEY = "lastFile";
    static final String KEY_PREFIX = "recent.";

    private final Preferences node;

    public PreferencesRecentFiles(Preferences node) {
        this.node = node;
    }

    @Override
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            add(files, node.get(KEY_PREFIX + i, null));
        }
        if (files.isEmpty()) {
            add(files, node.get(LEGACY_KEY, null));
        }
        return List.copyOf(files);
    }

    private static void add(List<Path> files, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            Path path = Path.of(value);
            if (!files.contains(path)) {
                files.add(path);
            }
        } catch (InvalidPathException e) {
            LOG.log(System.Logger.Level.DEBUG, "Ignoring a recent file that is not a path: " + value);
        }
    }

    @Override
    public void remember(Path file) {
        Path absolute = file.toAbsolutePath();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY_PREFIX + i, files.get(i).toString());
            } else {
                node.remove(KEY_PREFIX + i);
            }
        }
        node.remove(LEGACY_KEY);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Only convenience is lost: the next start opens the sample instead.
            LOG.log(System.Logger.Level.WARNING, "Could not store the recent files in the preferences", e);
        }
    }
}
