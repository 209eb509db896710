package org.podium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @ParameterizedTest
    @ValueSource(strings = {"validate", "--help", "-h", "--version", "-V", "--no-such-option"})
    void commandsHelpVersionAndUnknownOptionsGoToTheCommandLine(String first) {
        assertThat(Launcher.isCommandLine(new String[] {first, "x.podium"})).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"talk.podium", "--locale", "--locale=zh-Hant", "--fullscreen=true"})
    void filesAndWindowOptionsOpenTheWindow(String first) {
        assertThat(Launcher.isCommandLine(new String[] {first, "zh-Hant"})).isFalse();
    }

    @Test
    void noArgumentsOpenTheWindow() {
        assertThat(Launcher.isCommandLine(new String[0])).isFalse();
    }

    @Test
    void localeOptionIsTakenOutOfTheWindowArguments() {
        List<String> rest = new ArrayList<>();
        String locale = Launcher.extractLocale(new String[] {"--locale", "zh-Hant", "talk.podium"}, rest);
        assertThat(locale).isEqualTo("zh-Hant");
        assertThat(rest).containsExactly("talk.podium");

        rest.clear();
        assertThat(Launcher.extractLocale(new String[] {"talk.podium", "--locale=en"}, rest)).isEqualTo("en");
        assertThat(rest).containsExactly("talk.podium");
    }

    @Test
    void helpRunsWithoutTheWindowAndExitsZero() {
        assertThat(Launcher.runCommandLine(new String[] {"--version"})).isZero();
    }
}
