package org.podium.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the command line as a user's terminal would, in English, capturing what it prints; register
 * with {@code @RegisterExtension}. The default locale is put back after each test.
 */
final class CliRun implements BeforeEachCallback, AfterEachCallback {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Locale saved;

    @Override
    public void beforeEach(ExtensionContext context) {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(saved);
    }

    /** The exit code of {@code podium ARGS…}. */
    int run(String... args) {
        return new PodiumCli("9.9.9", new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    /** Everything printed to standard output so far. */
    String out() {
        return out.toString();
    }

    /** Everything printed to standard error so far. */
    String err() {
        return err.toString();
    }
}
