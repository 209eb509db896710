package org.podium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium present FILE [--screen N] [--from SLIDE]}: presents a programme full-screen with
 * the presenter console. The windows are the UI's; the command line only checks its arguments and
 * hands them to the {@link Starter} the launcher gives it (the command line may not use the UI).
 */
@Command(name = "present", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE,
        usageHelpAutoWidth = true, exitCodeOnInvalidInput = PodiumCli.USAGE,
        exitCodeOnExecutionException = PodiumCli.PROBLEMS)
public final class PresentCommand implements Callable<Integer> {

    /** Opens the presenter and returns when it ends; returns the exit code. */
    @FunctionalInterface
    public interface Starter {
        /**
         * @param file         the programme
         * @param screenNumber 1-based screen for the audience, 0 for the remembered or a secondary one
         * @param fromSlide    1-based slide (page) to start on
         */
        int present(Path file, int screenNumber, int fromSlide);
    }

    private final CliMessages messages;
    private final Starter starter;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "present.file")
    Path file;

    @Option(names = "--screen", paramLabel = "N", descriptionKey = "present.screen")
    int screen;

    @Option(names = "--from", paramLabel = "SLIDE", descriptionKey = "present.from", defaultValue = "1")
    int from;

    PresentCommand(CliMessages messages, Starter starter) {
        this.messages = messages;
        this.starter = Objects.requireNonNull(starter, "starter");
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println(messages.get("present.error.missing", file));
            return PodiumCli.PROBLEMS;
        }
        if (screen < 0 || from < 1) {
            spec.commandLine().getErr().println(messages.get("present.error.numbers", screen, from));
            return PodiumCli.USAGE;
        }
        return starter.present(file, screen, from);
    }
}
