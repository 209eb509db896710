package org.podium.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The bundled sample, a sharing session in Jianye District: {@code assets/samples/} under the
 * working directory when run from the source tree, else the copy the build puts in the jar,
 * extracted to a temp file (a zip inside a jar cannot be opened in place).
 */
public final class SampleProgramme implements SampleSource {

    public static final String FILE_NAME = "jianye-sharing-session.podium";
    static final String RESOURCE = "/org/podium/samples/" + FILE_NAME;

    private final Path workingDirectory;

    public SampleProgramme(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Optional<Path> locate() throws IOException {
        Path inSources = workingDirectory.resolve("assets").resolve("samples").resolve(FILE_NAME);
        if (Files.isRegularFile(inSources)) {
            return Optional.of(inSources);
        }
        try (InputStream in = SampleProgramme.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Path copy = Files.createTempFile("podium-sample-", ".podium");
            copy.toFile().deleteOnExit();
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(copy);
        }
    }
}
