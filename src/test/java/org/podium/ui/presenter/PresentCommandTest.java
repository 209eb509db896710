package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.PodiumCli;
import org.podium.layout.SlidePage;
import org.podium.model.Programme;
import org.podium.model.SlideId;

/** {@code podium present FILE [--screen N] [--from SLIDE]} hands its arguments to the presenter. */
class PresentCommandTest {

    private final StringWriter err = new StringWriter();
    private final List<String> started = new ArrayList<>();

    private int run(String... args) {
        PodiumCli cli = new PodiumCli("test", new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                (file, screen, from) -> {
                    started.add(file.getFileName() + " " + screen + " " + from);
                    return PodiumCli.OK;
                });
        return cli.run(args);
    }

    @Test
    void presentsTheFileOnTheScreenAndFromTheSlideAskedFor(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("jianye.podium"), "");
        assertThat(run("present", file.toString(), "--screen", "2", "--from", "5")).isZero();
        assertThat(started).containsExactly("jianye.podium 2 5");
    }

    @Test
    void defaultsAreTheRememberedScreenAndTheFirstSlide(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("talk.podium"), "");
        assertThat(run("present", file.toString())).isZero();
        assertThat(started).containsExactly("talk.podium 0 1");
    }

    @Test
    void aMissingFileIsNamedAndNothingOpens(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.podium");
        assertThat(run("present", missing.toString())).isEqualTo(PodiumCli.PROBLEMS);
        assertThat(err.toString()).contains(missing.toString());
        assertThat(started).isEmpty();
    }

    @Test
    void slideNumbersStartAtOne(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("talk.podium"), "");
        assertThat(run("present", file.toString(), "--from", "0")).isEqualTo(PodiumCli.USAGE);
        assertThat(started).isEmpty();
    }

    @Test
    void presentCommandIsKnownToTheLauncher() {
        assertThat(PodiumCli.commandNames()).contains("present");
    }

    @Test
    void theEditorsSelectedSlideIsFoundInTheDeck() {
        Programme programme = Decks.timed();
        List<SlidePage> pages = Decks.pages(programme);
        assertThat(PresenterLauncher.pageOf(pages, new SlideId("montage-2"))).isEqualTo(3);
        assertThat(PresenterLauncher.pageOf(pages, null)).isZero();
        assertThat(PresenterLauncher.pageOf(pages, new SlideId("gone"))).isZero();
    }
}
