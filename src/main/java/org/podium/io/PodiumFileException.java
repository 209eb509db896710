package org.podium.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@code .podium} file that cannot be read or written. The message always names the file and
 * says what is wrong; for JSON it also gives the JSON path and line.
 */
public class PodiumFileException extends IOException {

    private final Path file;

    public PodiumFileException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public PodiumFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
