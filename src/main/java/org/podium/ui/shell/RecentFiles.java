package org.podium.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Programme files opened or saved lately: the last is reopened on the next start. */
public interface RecentFiles {

    /** How many File → Open Recent lists. */
    int MAX = 8;

    /** Newest first, at most {@link #MAX}, without duplicates. */
    List<Path> list();

    default Optional<Path> last() {
        List<Path> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Puts {@code file} first, dropping an older entry for the same file and the oldest beyond {@link #MAX}. */
    void remember(Path file);
}
