package org.podium.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@code .podium} file that cannot be read or written. The message always names the file and
 * says what is wrong, in English for logs; for JSON it also gives the JSON path and line. A
 * window or terminal says the {@link #reason()} in its own language.
 */
public class PodiumFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final FileReason reason;

    public PodiumFileException(Path file, FileReason reason) {
        this(file, reason, null);
    }

    public PodiumFileException(Path file, FileReason reason, Throwable cause) {
        super(file + ": " + reason.english(), cause);
        this.file = file;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file's name. */
    public FileReason reason() {
        return reason;
    }

    /** What is wrong in {@code locale}'s language, without the file's name, e.g. 「不是 Podium 節目檔：…」. */
    public String reason(Locale locale) {
        return reason.text(locale);
    }
}
