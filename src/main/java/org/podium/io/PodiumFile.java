package org.podium.io;

import java.io.IOException;
import java.nio.file.Path;
import org.podium.media.MediaStore;
import org.podium.model.Programme;

/** Reading and writing {@code .podium} files (see docs/file-format.md). */
public final class PodiumFile {

    private PodiumFile() {
    }

    /** Opens and checks a {@code .podium} file; large media are not read into memory. */
    public static OpenedProgramme read(Path file) throws PodiumFileException {
        throw new PodiumFileException(file, "reading is not implemented yet");
    }

    /**
     * Writes {@code programme} with every photo it uses, taken from {@code media}, atomically: a temp
     * file beside the target, fsync, then a move. An interrupted write leaves the previous file intact.
     */
    public static void write(Path target, Programme programme, MediaStore media) throws IOException {
        throw new PodiumFileException(target, "writing is not implemented yet");
    }
}
