package org.podium.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file {@link MediaProbe} refuses as a photo. Its message is the file followed by the English
 * {@link ImportProblem#detail()}; a user interface words {@link #problem()} in the user's language.
 */
public final class PhotoImportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient ImportProblem problem;

    public PhotoImportException(Path file, ImportProblem problem, Throwable cause) {
        super(file + ": " + problem.detail(), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.problem = problem;
    }

    public PhotoImportException(Path file, ImportProblem problem) {
        this(file, problem, null);
    }

    public Path file() {
        return file;
    }

    public ImportProblem problem() {
        return problem;
    }
}
