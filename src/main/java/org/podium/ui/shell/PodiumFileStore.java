package org.podium.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.media.MediaStore;
import org.podium.model.Programme;

/** {@code .podium} files on disk. */
public final class PodiumFileStore implements ProgrammeStore {

    @Override
    public OpenedProgramme open(Path file) throws IOException {
        return PodiumFile.read(file);
    }

    @Override
    public void save(Path target, Programme programme, MediaStore media) throws IOException {
        PodiumFile.write(target, programme, media);
    }
}
