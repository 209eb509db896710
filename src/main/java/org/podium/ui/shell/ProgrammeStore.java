package org.podium.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import org.podium.io.OpenedProgramme;
import org.podium.media.MediaStore;
import org.podium.model.Programme;

/** Where the main window reads and writes programmes; {@link PodiumFileStore} in the app. */
public interface ProgrammeStore {

    OpenedProgramme open(Path file) throws IOException;

    void save(Path target, Programme programme, MediaStore media) throws IOException;
}
