package org.podium.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.model.Language;
import org.podium.model.Programme;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.io.RecoveryStore;
import org.podium.model.Segment;
import org.podium.ui.session.EditorSession;

class MainWindowViewModelTest {

    @TempDir
    Path dir;

    private final Fakes.Store store = new Fakes.Store();
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private final Fakes.Recent recent = new Fakes.Recent();
    private Optional<Path> sample = Optional.empty();

    private MainWindowViewModel model(Locale locale) {
        Messages messages = Messages.load(locale);
        return new MainWindowViewModel(messages, new SameThreadRunner(), dialogs, recent, store, () -> sample, "1.2.3",
                new EditorSession(MainWindowViewModel.emptyProgramme(messages)),
                new RecoveryStore(dir.resolve("recovery")));
    }

    private Path file(String name, Programme programme) {
        Path path = dir.resolve(name);
        store.files.put(path, programme);
        return path;
    }

    @Test
    void openedProgrammeFillsHeaderTitleRunningOrderAndStatus() {
        MainWindowViewModel model = model(Locale.TAIWAN);
        Path jianye = file("jianye.podium", TestProgrammes.jianye());

        model.open(jianye);

        assertThat(model.headerTitleProperty().get()).isEqualTo(TestProgrammes.TITLE);
        assertThat(model.windowTitleProperty().get()).isEqualTo(TestProgrammes.TITLE + " — Podium");
        assertThat(model.headerParticularsProperty().get())
                .isEqualTo("2021年6月23日 · 南京市建鄴區 · 建鄴區委區級機關工委");
        assertThat(model.headerFormatProperty().get()).isEqualTo("繁體中文 · 16:9 投影片");
        assertThat(model.session().programme().segments()).extracting(Segment::title).containsExactly(TestProgrammes.CHORUS,
                TestProgrammes.ADDRESS, TestProgrammes.DIALOGUE, TestProgrammes.AWARD, TestProgrammes.TESTIMONY,
                TestProgrammes.MONTAGE, TestProgrammes.CLOSING);
        assertThat(model.summaryProperty().get()).isEqualTo("7 個環節 · 10 張投影片 · 計劃 1 小時 05 分");
        assertThat(model.fileStatusProperty().get()).isEqualTo(jianye.toString());
        assertThat(model.session().fileProperty().get()).isEqualTo(jianye);
        assertThat(recent.lastOrNull()).isEqualTo(jianye);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void englishStatusCountsSegmentsAndSlides() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        model.open(file("jianye.podium", TestProgrammes.jianye()));
        assertThat(model.summaryProperty().get()).isEqualTo("7 segments · 10 slides · 1 h 05 min planned");
    }

    @Test
    void fileThatFailsToOpenChangesNothingAndSaveStillWritesTheOpenFile() throws IOException {
        MainWindowViewModel model = model(Locale.ENGLISH);
        Path good = file("good.podium", TestProgrammes.jianye());
        model.open(good);
        Path broken = dir.resolve("broken.podium");
        Files.writeString(broken, "not a programme");

        dialogs.openAnswers.push(Optional.of(broken));
        model.openWithDialog();

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("Could not open the programme")
                .contains(broken.toString()).contains("Nothing was changed");
        assertThat(model.headerTitleProperty().get()).isEqualTo(TestProgrammes.TITLE);
        assertThat(model.session().fileProperty().get()).isEqualTo(good);
        assertThat(recent.lastOrNull()).isEqualTo(good);

        model.save();
        assertThat(store.saves).containsExactly(good);
        assertThat(Files.readString(broken)).isEqualTo("not a programme");
    }

    @Test
    void missingFileIsNamedInTheError() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        Path missing = dir.resolve("gone.podium");
        model.open(missing);
        assertThat(dialogs.errors.get(0)).contains(missing.toString());
    }

    @Test
    void newProgrammeIsUntitledInTheUiLanguageAndSaveAsksWhere() {
        MainWindowViewModel model = model(Locale.TAIWAN);
        model.newProgramme();
        assertThat(model.session().programmeProperty().get().segments()).isEmpty();
        assertThat(model.session().programmeProperty().get().language()).isEqualTo(Language.ZH_HANT);
        assertThat(model.windowTitleProperty().get()).isEqualTo("未命名節目 — Podium");
        assertThat(model.fileStatusProperty().get()).isEqualTo("尚未儲存");

        Path chosen = dir.resolve("新節目");
        dialogs.saveAnswers.push(Optional.of(chosen));
        model.save();

        Path saved = dir.resolve("新節目.podium");
        assertThat(store.saves).containsExactly(saved);
        assertThat(dialogs.suggestedNames).containsExactly("programme.podium");
        assertThat(model.session().fileProperty().get()).isEqualTo(saved);
        assertThat(recent.lastOrNull()).isEqualTo(saved);
    }

    @Test
    void saveAsSuggestsTheTitleAsFileName() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        model.open(file("jianye.podium", TestProgrammes.jianye().withTitle("Awards 2021: \"Stars\"")));
        model.saveAs();
        assertThat(dialogs.suggestedNames).containsExactly("Awards 2021 Stars.podium");
        assertThat(store.saves).isEmpty();
    }

    @Test
    void failedSaveNamesTheFileAndKeepsTheProgrammeOpen() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        Path jianye = file("jianye.podium", TestProgrammes.jianye());
        model.open(jianye);
        Path full = dir.resolve("usb.podium");
        store.failSavesTo = full;

        dialogs.saveAnswers.push(Optional.of(full));
        model.saveAs();

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).startsWith("Could not save the programme")
                .contains(full + ": not saved: the disk is full").contains("Save As");
        assertThat(model.session().fileProperty().get()).isEqualTo(jianye);
        assertThat(model.headerTitleProperty().get()).isEqualTo(TestProgrammes.TITLE);
    }

    @Test
    void firstStartOpensTheSampleWhichSaveDoesNotOverwrite() {
        sample = Optional.of(file("jianye-sharing-session.podium", TestProgrammes.jianye()));
        MainWindowViewModel model = model(Locale.ENGLISH);

        model.openAtStartup(null);

        assertThat(model.headerTitleProperty().get()).isEqualTo(TestProgrammes.TITLE);
        assertThat(model.session().fileProperty().get()).isNull();
        assertThat(model.fileStatusProperty().get()).startsWith("Sample programme");
        assertThat(recent.lastOrNull()).isNull();
        model.save();
        assertThat(dialogs.suggestedNames).hasSize(1);
        assertThat(store.saves).isEmpty();
    }

    @Test
    void laterStartsReopenTheLastFile() throws IOException {
        Path last = file("last.podium", TestProgrammes.jianye().withTitle("上次的節目"));
        Files.writeString(last, "exists on disk");
        recent.remember(last);
        sample = Optional.of(file("sample.podium", TestProgrammes.jianye()));
        MainWindowViewModel model = model(Locale.ENGLISH);

        model.openAtStartup(null);

        assertThat(model.headerTitleProperty().get()).isEqualTo("上次的節目");
        assertThat(model.session().fileProperty().get()).isEqualTo(last);
    }

    @Test
    void startWithoutAnySampleShowsAnEmptyProgramme() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        model.openAtStartup(null);
        assertThat(model.session().programme().segments()).isEmpty();
        assertThat(model.windowTitleProperty().get()).isEqualTo("Untitled programme — Podium");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void openingAnotherProgrammeClosesTheOneBefore() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        model.open(file("a.podium", TestProgrammes.jianye()));
        model.open(file("b.podium", TestProgrammes.jianye()));
        assertThat(store.opened.get(0).closed).isTrue();
        assertThat(store.opened.get(1).closed).isFalse();
        model.close();
        assertThat(store.opened.get(1).closed).isTrue();
    }

    @Test
    void aboutNamesTheVersion() {
        model(Locale.ENGLISH).about();
        assertThat(dialogs.information).containsExactly(
                "About Podium\nPodium 1.2.3\nCompile and present the slides of commemoration events: award "
                        + "ceremonies, anniversary meetings, sharing sessions.");
    }
}
