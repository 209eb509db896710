package org.podium.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the sample programme opened on a first start. */
@FunctionalInterface
public interface SampleSource {

    /** The sample as a file, or empty when this installation has none. */
    Optional<Path> locate() throws IOException;
}
