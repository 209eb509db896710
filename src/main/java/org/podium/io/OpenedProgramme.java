package org.podium.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.podium.media.MediaStore;
import org.podium.model.Programme;

/**
 * A programme read from a {@code .podium} file, with access to its photos. Keeps the archive open
 * for streaming media; close it when the programme is no longer shown.
 */
public interface OpenedProgramme extends Closeable {

    Path file();

    Programme programme();

    /** The photos inside the file. */
    MediaStore media();

    /** The app version that wrote the file ({@code writtenBy}). */
    String writtenBy();

    @Override
    void close() throws IOException;
}
