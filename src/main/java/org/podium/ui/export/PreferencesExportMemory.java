package org.podium.ui.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.podium.export.handouts.HandoutOptions;
import org.podium.export.pptx.PhotoQuality;
import org.podium.export.pptx.PptxOptions;

/**
 * {@link ExportMemory} in a {@link Preferences} node. A value that cannot be read back (an older
 * or hand-edited entry) gives the default instead.
 */
public final class PreferencesExportMemory implements ExportMemory {

    static final String QUALITY = "pptx.quality";
    static final String NOTES = "pptx.notes";
    static final String FADE = "pptx.fade";
    static final String PER_PAGE = "handouts.perPage";
    static final String HANDOUT_NOTES = "handouts.notes";
    static final String FOLDER = "folder";

    private final Preferences node;

    public PreferencesExportMemory(Preferences node) {
        this.node = node;
    }

    @Override
    public PptxOptions pptx() {
        PhotoQuality quality = DEFAULT_PPTX.quality();
        String stored = node.get(QUALITY, quality.name());
        for (PhotoQuality candidate : PhotoQuality.values()) {
            if (candidate.name().equals(stored)) {
                quality = candidate;
            }
        }
        return new PptxOptions(quality, node.getBoolean(NOTES, DEFAULT_PPTX.notes()),
                node.getBoolean(FADE, DEFAULT_PPTX.fade()));
    }

    @Override
    public void rememberPptx(PptxOptions options) {
        node.put(QUALITY, options.quality().name());
        node.putBoolean(NOTES, options.notes());
        node.putBoolean(FADE, options.fade());
    }

    @Override
    public HandoutOptions handouts() {
        int perPage = node.getInt(PER_PAGE, DEFAULT_HANDOUTS.perPage());
        return new HandoutOptions(HandoutOptions.PER_PAGE.contains(perPage) ? perPage : DEFAULT_HANDOUTS.perPage(),
                node.getBoolean(HANDOUT_NOTES, DEFAULT_HANDOUTS.notes()));
    }

    @Override
    public void rememberHandouts(HandoutOptions options) {
        node.putInt(PER_PAGE, options.perPage());
        node.putBoolean(HANDOUT_NOTES, options.notes());
    }

    @Override
    public Optional<Path> folder() {
        String stored = node.get(FOLDER, null);
        try {
            return stored == null || stored.isBlank() ? Optional.empty() : Optional.of(Path.of(stored));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public void rememberFolder(Path folder) {
        node.put(FOLDER, folder.toAbsolutePath().toString());
    }
}
