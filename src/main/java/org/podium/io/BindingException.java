package org.podium.io;

/**
 * A value in {@code programme.json} that the model refuses, with the JSON path of that value
 * ({@code $.programme.segments[2].slides[0].photo.crop}). Turned into a {@link PodiumFileException}
 * naming the file and, when known, the line.
 */
final class BindingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;

    BindingException(String path, String problem, Throwable cause) {
        super(problem, cause);
        this.path = path;
    }

    String path() {
        return path;
    }
}
