package org.podium.io;

/**
 * A value in {@code programme.json} that the model refuses, with the JSON path of that value
 * ({@code $.programme.segments[2].slides[0].photo.crop}). Turned into a {@link PodiumFileException}
 * naming the file and, when known, the line.
 */
final class BindingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    /** What is wrong with the value: a {@link FileReason}, or the model's own (English) refusal. */
    private final transient Object problem;

    BindingException(String path, FileReason problem, Throwable cause) {
        super(problem.english(), cause);
        this.path = path;
        this.problem = problem;
    }

    /** A refusal of a model constructor, which says it in English only. */
    BindingException(String path, IllegalArgumentException refusal) {
        super(refusal.getMessage(), refusal);
        this.path = path;
        this.problem = String.valueOf(refusal.getMessage());
    }

    String path() {
        return path;
    }

    /** A {@link FileReason} or plain text, as an argument of {@link FileReason.Kind#VALUE}. */
    Object problem() {
        return problem;
    }
}
