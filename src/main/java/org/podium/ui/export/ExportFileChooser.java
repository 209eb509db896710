package org.podium.ui.export;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where an export goes; tests answer with a temp folder. Called on the UI thread. */
@FunctionalInterface
public interface ExportFileChooser {

    /**
     * @param folder        where the chooser starts, or {@code null} for its default
     * @param suggestedName file name offered, with the kind's extension
     * @return the file chosen, or empty when the person cancelled
     */
    Optional<Path> chooseTarget(ExportKind kind, Path folder, String suggestedName);
}
