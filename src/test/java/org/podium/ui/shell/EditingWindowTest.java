package org.podium.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.edit.SegmentEdits;
import org.podium.io.RecoveryStore;
import org.podium.model.Programme;
import org.podium.model.SegmentId;
import org.podium.templates.ProgrammeTemplates;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.common.SaveChoice;
import org.podium.ui.session.EditorSession;

/** Undo and Redo, the unsaved-changes marker and the question before changes would be lost. */
class EditingWindowTest {

    @TempDir
    Path dir;

    private final Fakes.Store store = new Fakes.Store();
    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private final Fakes.Recent recent = new Fakes.Recent();

    private MainWindowViewModel model(Locale locale) {
        Messages messages = Messages.load(locale);
        return new MainWindowViewModel(messages, new SameThreadRunner(), dialogs, recent, store, Optional::empty, "1",
                new EditorSession(MainWindowViewModel.emptyProgramme(messages)),
                new RecoveryStore(dir.resolve("recovery")));
    }

    private Path file(String name, Programme programme) {
        Path path = dir.resolve(name);
        store.files.put(path, programme);
        return path;
    }

    private static void moveChorusToTheEnd(MainWindowViewModel model) {
        model.session().apply(new SegmentEdits.MoveSegment(new SegmentId("s-chorus"), 6));
    }

    @Test
    void anEditMarksTheTitleAndNamesItselfInUndo() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        model.open(file("jianye.podium", TestProgrammes.jianye()));
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo");

        moveChorusToTheEnd(model);

        assertThat(model.windowTitleProperty().get()).isEqualTo("• " + TestProgrammes.TITLE + " — Podium");
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Move segment");
        assertThat(model.redoTextProperty().get()).isEqualTo("Redo");
    }

    @Test
    void undoingBackToTheSavedStateClearsTheMarkerAndRedoBringsItBack() {
        MainWindowViewModel model = model(Locale.TAIWAN);
        model.open(file("jianye.podium", TestProgrammes.jianye()));
        moveChorusToTheEnd(model);

        model.undo();
        assertThat(model.windowTitleProperty().get()).doesNotStartWith("•");
        assertThat(model.session().programme().segments().get(0).id()).isEqualTo(new SegmentId("s-chorus"));
        assertThat(model.redoTextProperty().get()).isEqualTo("重做移動環節");

        model.redo();
        assertThat(model.windowTitleProperty().get()).startsWith("• ");
        assertThat(model.session().programme().segments().get(6).id()).isEqualTo(new SegmentId("s-chorus"));
    }

    @Test
    void savingClearsTheMarker() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        Path jianye = file("jianye.podium", TestProgrammes.jianye());
        model.open(jianye);
        moveChorusToTheEnd(model);

        model.save();

        assertThat(store.saves).containsExactly(jianye);
        assertThat(model.windowTitleProperty().get()).doesNotStartWith("•");
        assertThat(store.files.get(jianye).segments().get(6).id()).isEqualTo(new SegmentId("s-chorus"));
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsEverything() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        model.open(file("jianye.podium", TestProgrammes.jianye()));
        moveChorusToTheEnd(model);
        dialogs.saveChoices.push(SaveChoice.CANCEL);

        model.newProgramme();

        assertThat(dialogs.questions).containsExactly(TestProgrammes.TITLE);
        assertThat(model.session().programme().title()).isEqualTo(TestProgrammes.TITLE);
        assertThat(model.session().isDirty()).isTrue();
    }

    @Test
    void newWithUnsavedChangesCanDiscardThem() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        model.open(file("jianye.podium", TestProgrammes.jianye()));
        moveChorusToTheEnd(model);
        dialogs.saveChoices.push(SaveChoice.DISCARD);

        model.newProgramme();

        assertThat(model.session().programme().segments()).isEmpty();
        assertThat(model.session().isDirty()).isFalse();
        assertThat(store.saves).isEmpty();
    }

    @Test
    void openWithUnsavedChangesCanSaveThemFirst() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        Path jianye = file("jianye.podium", TestProgrammes.jianye());
        Path other = file("other.podium", TestProgrammes.jianye().withTitle("Other"));
        model.open(jianye);
        moveChorusToTheEnd(model);
        dialogs.saveChoices.push(SaveChoice.SAVE);
        dialogs.openAnswers.push(Optional.of(other));

        model.openWithDialog();

        assertThat(store.saves).containsExactly(jianye);
        assertThat(model.session().programme().title()).isEqualTo("Other");
        assertThat(recent.list()).containsExactly(other, jianye);
    }

    @Test
    void closingAsksOnlyWhenThereAreUnsavedChanges() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        model.open(file("jianye.podium", TestProgrammes.jianye()));
        boolean[] closed = {false};
        model.whenChangesAreSafe(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(dialogs.questions).isEmpty();

        moveChorusToTheEnd(model);
        closed[0] = false;
        dialogs.saveChoices.push(SaveChoice.CANCEL);
        model.whenChangesAreSafe(() -> closed[0] = true);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void openRecentOpensTheFileChosenFromTheList() {
        MainWindowViewModel model = model(Locale.ENGLISH);
        Path a = file("a.podium", TestProgrammes.jianye().withTitle("A"));
        Path b = file("b.podium", TestProgrammes.jianye().withTitle("B"));
        model.open(a);
        model.open(b);
        assertThat(model.recentFiles()).containsExactly(b, a);

        model.openRecent(a);

        assertThat(model.session().programme().title()).isEqualTo("A");
        assertThat(model.recentFiles()).containsExactly(a, b);
    }

    @Test
    void newFromTemplateIsUnsavedAndInTheUiLanguage() {
        MainWindowViewModel model = model(Locale.TAIWAN);
        model.newFromTemplate(ProgrammeTemplates.Template.MEMORIAL);
        assertThat(model.session().programme().title()).isEqualTo("深切緬懷");
        assertThat(model.session().fileProperty().get()).isNull();
        assertThat(model.fileStatusProperty().get()).isEqualTo("尚未儲存");
    }
}
