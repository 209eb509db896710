package org.podium.ui.shell;

import java.nio.file.Path;
import java.util.Optional;

/** The programme file opened or saved last, to reopen on the next start. */
public interface RecentFiles {

    Optional<Path> last();

    void remember(Path file);
}
