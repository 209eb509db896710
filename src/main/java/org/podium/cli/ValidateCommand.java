package org.podium.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.podium.io.MediaProblem;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.io.PodiumFileException;
import org.podium.layout.Themes;
import org.podium.model.MediaRef;
import org.podium.model.Problem;
import org.podium.model.Programme;
import org.podium.model.ProgrammeValidator;
import org.podium.render.FontCoverage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code podium validate FILE}: reads a programme, prints what it holds and every problem found,
 * reading every photo to check it against its SHA-256. Only reads: the file is never written.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE,
        usageHelpAutoWidth = true, exitCodeOnInvalidInput = PodiumCli.USAGE,
        exitCodeOnExecutionException = PodiumCli.PROBLEMS)
final class ValidateCommand implements Callable<Integer> {

    private final CliMessages messages;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "validate.file")
    Path file;

    ValidateCommand(CliMessages messages) {
        this.messages = messages;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(file)) {
            err.println(messages.get("validate.error.missing", file));
            return PodiumCli.PROBLEMS;
        }
        if (Files.isDirectory(file)) {
            err.println(messages.get("validate.error.directory", file));
            return PodiumCli.PROBLEMS;
        }
        try (OpenedProgramme opened = PodiumFile.read(file)) {
            return report(opened, out);
        } catch (IOException e) {
            err.println(messages.get("validate.error.unreadable", file, reason(e)));
            return PodiumCli.PROBLEMS;
        }
    }

    private int report(OpenedProgramme opened, PrintWriter out) {
        Programme programme = opened.programme();
        out.println(messages.get("validate.summary.file", file, opened.writtenBy()));
        out.println(messages.get("validate.summary.title", programme.title()));
        out.println(programme.date() == null ? messages.get("validate.summary.noDate")
                : messages.get("validate.summary.date", programme.date().toString()));
        out.println(messages.get("validate.summary.segments", programme.segments().size()));
        out.println(messages.get("validate.summary.slides", programme.slideCount()));
        out.println(messages.get("validate.summary.photos", programme.media().size()));
        out.println(messages.get("validate.summary.planned", messages.duration(programme.plannedTotal())));

        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Problem problem : ProgrammeValidator.validate(programme)) {
            (problem.isError() ? errors : warnings).add(problem.message(messages.locale()));
        }
        for (MediaRef ref : programme.media()) {
            if (!opened.media().contains(ref)) {
                errors.add(messages.get("validate.problem.missingPhoto", ref.originalName(), ref.sha256()));
            }
        }
        for (MediaProblem problem : PodiumFile.verifyMedia(opened)) {
            errors.add(problem.text(messages.locale()));
        }
        warnings.addAll(FontWarnings.lines(messages, FontCoverage.of(programme, Themes.bundled())));
        for (String error : errors) {
            out.println(messages.get("validate.line.error", file, error));
        }
        for (String warning : warnings) {
            out.println(messages.get("validate.line.warning", file, warning));
        }
        if (!errors.isEmpty()) {
            out.println(messages.get("validate.verdict.invalid", errors.size(), warnings.size()));
            return PodiumCli.PROBLEMS;
        }
        out.println(warnings.isEmpty() ? messages.get("validate.verdict.valid")
                : messages.get("validate.verdict.validWithWarnings", warnings.size()));
        return PodiumCli.OK;
    }

    /** What is wrong, in the terminal's language, without the file name the line already starts with. */
    private String reason(IOException e) {
        if (e instanceof PodiumFileException pfe) {
            return pfe.reason(messages.locale());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
