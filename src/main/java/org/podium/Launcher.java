package org.podium;

import org.podium.io.PodiumVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.application.Application;
import org.podium.cli.PodiumCli;
import org.podium.ui.common.UiLocale;
import org.podium.ui.presenter.PresenterLauncher;

/**
 * Entry point of {@code podium.jar}. A plain class, not an {@link Application}: on the class path
 * a main class that extends Application fails with "JavaFX runtime components are missing".
 *
 * <p>A first argument that names a command ({@code validate}, …) or asks for {@code --help} or
 * {@code --version} runs the command line, which never starts the JavaFX toolkit and so needs no
 * display. Anything else opens the window: an optional {@code .podium} file and
 * {@code --locale zh-Hant} (or {@code -Dpodium.locale=zh-Hant}) to choose the UI language.
 */
public final class Launcher {

    static final String LOCALE_OPTION = "--locale";
    private static final Set<String> CLI_OPTIONS = Set.of("--help", "-h", "--version", "-V");

    private Launcher() {
    }

    public static void main(String[] args) {
        applyLocale(System.getProperty(UiLocale.PROPERTY));
        if (isCommandLine(args)) {
            System.exit(runCommandLine(args));
        }
        List<String> guiArgs = new ArrayList<>();
        String requestedLocale = extractLocale(args, guiArgs);
        applyLocale(requestedLocale);
        try {
            Application.launch(PodiumApp.class, guiArgs.toArray(String[]::new));
        } catch (UnsupportedOperationException e) {
            // JavaFX says "Unable to open DISPLAY": a server or SSH session without a screen.
            PodiumCli.reportNoWindow(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * True when {@code args} ask for the command line rather than the window: a command name, or an
     * option that is neither {@code --locale} nor JavaFX-style {@code --name=value} (an unknown
     * option gets the command line's usage message, not a window).
     */
    static boolean isCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        if (CLI_OPTIONS.contains(first) || PodiumCli.commandNames().contains(first)) {
            return true;
        }
        boolean windowOption = first.equals(LOCALE_OPTION) || first.matches("--[A-Za-z][\\w.-]*=.*");
        return first.startsWith("-") && !windowOption;
    }

    static int runCommandLine(String[] args) {
        return PodiumCli.runInTerminal(PodiumVersion.VERSION, PresenterLauncher::present, args);
    }

    /**
     * Removes {@code --locale X} or {@code --locale=X} from {@code args}, copying the rest to
     * {@code rest}; returns X, or {@code null} when absent.
     */
    static String extractLocale(String[] args, List<String> rest) {
        String locale = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(LOCALE_OPTION) && i + 1 < args.length) {
                locale = args[++i];
            } else if (arg.startsWith(LOCALE_OPTION + "=")) {
                locale = arg.substring(LOCALE_OPTION.length() + 1);
            } else {
                rest.add(arg);
            }
        }
        return locale;
    }

    private static void applyLocale(String requested) {
        if (requested != null && !requested.isBlank()) {
            Locale.setDefault(UiLocale.resolve(requested, Locale.getDefault()));
        }
    }
}
