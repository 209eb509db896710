package org.podium.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.podium.export.pptx.PptxExporter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code podium} command line. Exit codes: 0 success, 1 the file has problems or cannot be
 * read, 2 the command was used wrongly. Only {@code render} starts the JavaFX toolkit, on Monocle's
 * headless platform, so no command needs a display.
 */
public final class PodiumCli {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final Set<String> COMMAND_NAMES = Set.of("validate", "render", "export", "present");

    private final CommandLine commandLine;

    /**
     * @param version shown by {@code --version}
     * @param out     results and usage help
     * @param err     errors
     */
    public PodiumCli(String version, PrintWriter out, PrintWriter err) {
        this(version, out, err, PodiumCli::noPresenter);
    }

    /** @param presenter opens the presenter windows for {@code present} */
    public PodiumCli(String version, PrintWriter out, PrintWriter err, PresentCommand.Starter presenter) {
        Locale locale = Locale.getDefault();
        commandLine = new CommandLine(new Top());
        commandLine.addSubcommand(new ValidateCommand(CliMessages.load(locale)));
        commandLine.addSubcommand(new RenderCommand(CliMessages.load(locale)));
        commandLine.addSubcommand(new ExportCommand(CliMessages.load(locale), ExportCommand::headlessLayout,
                PptxExporter.defaultPictureCache()));
        commandLine.addSubcommand(new PresentCommand(CliMessages.load(locale), presenter));
        commandLine.getCommandSpec().versionProvider(() -> new String[] {"Podium " + version});
        commandLine.setOut(out);
        commandLine.setErr(err);
    }

    public int run(String... args) {
        return commandLine.execute(args);
    }

    /** Runs {@code args} on the process's stdout and stderr and returns the exit code. */
    public static int runInTerminal(String version, String... args) {
        return runInTerminal(version, PodiumCli::noPresenter, args);
    }

    /**
     * Tells the terminal, in the user's language, that the window cannot open (no display, e.g. over
     * SSH) and that the command line still works.
     */
    public static void reportNoWindow(String reason) {
        Charset charset = terminalCharset();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        err.println(CliMessages.load(Locale.getDefault()).get("launcher.noWindow", reason));
    }

    /** As {@link #runInTerminal(String, String...)}, with the presenter windows for {@code present}. */
    public static int runInTerminal(String version, PresentCommand.Starter presenter, String... args) {
        Charset charset = terminalCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        return new PodiumCli(version, out, err, presenter).run(args);
    }

    /**
     * Chinese must reach the terminal in its encoding; System.console() knows it when there is one.
     * Plain ASCII means the system locale is unset or not installed, where UTF-8 is the best guess.
     */
    private static Charset terminalCharset() {
        String stdout = System.getProperty("stdout.encoding");
        Charset charset = stdout != null && Charset.isSupported(stdout) ? Charset.forName(stdout)
                : System.console() != null ? System.console().charset() : Charset.defaultCharset();
        return charset.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : charset;
    }

    private static int noPresenter(java.nio.file.Path file, int screenNumber, int fromSlide) {
        throw new IllegalStateException("this command line was built without the presenter windows");
    }

    /**
     * The subcommands, e.g. {@code validate}: a first argument among them selects the command line.
     * Named here rather than read from picocli, which would build every command's model (about
     * 0.1 s of a one-off run) only to throw it away; a test keeps the two the same.
     */
    public static Set<String> commandNames() {
        return COMMAND_NAMES;
    }

    /** The names picocli knows the subcommands by. */
    Set<String> subcommandNames() {
        return Set.copyOf(commandLine.getSubcommands().keySet());
    }

    @Command(name = "podium", mixinStandardHelpOptions = true, resourceBundle = CliMessages.BUNDLE,
            usageHelpAutoWidth = true, exitCodeOnInvalidInput = USAGE, exitCodeOnExecutionException = PROBLEMS)
    static final class Top implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        /** {@code podium} with options but no command: say what the commands are. */
        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return USAGE;
        }
    }
}
