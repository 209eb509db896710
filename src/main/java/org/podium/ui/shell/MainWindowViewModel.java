package org.podium.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.edit.Edit;
import org.podium.io.OpenedProgramme;
import org.podium.io.RecoveryStore;
import org.podium.media.MediaStore;
import org.podium.model.Language;
import org.podium.model.Programme;
import org.podium.templates.ProgrammeTemplates;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.UiLocale;
import org.podium.ui.session.EditorSession;

/**
 * State and actions of the main window around the {@link EditorSession}: opening, saving, the
 * title with its unsaved-changes marker, Undo/Redo labels, and the question whether to save before
 * the programme is replaced or the window closed. Reading and writing run on the
 * {@link BackgroundRunner}; a file that fails to open changes nothing. Used on the UI thread only.
 */
public final class MainWindowViewModel implements AutoCloseable {

    /** Put before the window title while there are unsaved changes. */
    public static final String DIRTY_MARK = "• ";

    private final Messages messages;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final RecentFiles recentFiles;
    private final ProgrammeStore store;
    private final SampleSource sample;
    private final String version;
    private final ProgrammeTexts texts;
    private final FileTexts fileTexts;
    private final EditorSession session;
    private final RecoveryStore recovery;

    private final StringProperty windowTitle = new SimpleStringProperty(this, "windowTitle", "");
    private final StringProperty headerTitle = new SimpleStringProperty(this, "headerTitle", "");
    private final StringProperty headerParticulars = new SimpleStringProperty(this, "headerParticulars", "");
    private final StringProperty headerFormat = new SimpleStringProperty(this, "headerFormat", "");
    private final StringProperty fileStatus = new SimpleStringProperty(this, "fileStatus", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "");
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", "");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty busyMessage = new SimpleStringProperty(this, "busyMessage", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);

    private boolean sampleShown;
    private BackgroundRunner.Job job;

    public MainWindowViewModel(Messages messages, BackgroundRunner runner, DialogService dialogs,
                               RecentFiles recentFiles, ProgrammeStore store, SampleSource sample, String version,
                               EditorSession session, RecoveryStore recovery) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
        this.store = Objects.requireNonNull(store, "store");
        this.sample = Objects.requireNonNull(sample, "sample");
        this.version = Objects.requireNonNull(version, "version");
        this.session = Objects.requireNonNull(session, "session");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.texts = new ProgrammeTexts(messages);
        this.fileTexts = new FileTexts(messages);
        session.revisionProperty().addListener((obs, old, now) -> updateTexts());
        session.load(emptyProgramme(messages), null, null, false);
        recent.setAll(recentFiles.list());
    }

    /**
     * What a start shows: the work autosaved before a crash if the person wants it back, else the
     * file named on the command line, else the last file opened, else the sample programme.
     */
    public void openAtStartup(Path argument) {
        Optional<RecoveryStore.Recovery> found = recovery.find();
        if (found.isPresent() && offerRecovery(found.get())) {
            return;
        }
        if (argument != null) {
            open(argument);
            return;
        }
        Optional<Path> last = recentFiles.last().filter(Files::isRegularFile);
        if (last.isPresent()) {
            open(last.get());
        } else {
            openSample();
        }
    }

    /** Asks whether to restore the autosaved copy; true when it is being restored. */
    private boolean offerRecovery(RecoveryStore.Recovery found) {
        String name = found.source() == null ? messages.get("recovery.neverSaved") : found.source().toString();
        String time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .format(found.savedAt().atZone(ZoneId.systemDefault()));
        boolean restore = dialogs.confirm(messages.get("recovery.title"), messages.get("recovery.message", name, time),
                messages.get("recovery.restore"), messages.get("recovery.discard"));
        if (!restore) {
            runner.run(work -> {
                recovery.clear();
                return null;
            }, BackgroundRunner.Callback.of(done -> { }, error -> { }));
            return false;
        }
        start(messages.get("recovery.status.restoring"));
        job = runner.run(work -> store.open(found.file()), new Outcome<OpenedProgramme>() {
            @Override
            public void succeeded(OpenedProgramme result) {
                finish();
                sampleShown = false;
                session.load(result.programme(), result, found.source(), true);
            }

            @Override
            public void failed(Exception error) {
                finish();
                dialogs.showError(messages.get("recovery.failed.title"),
                        messages.get("recovery.failed.message", fileTexts.problem(found.file(), error)));
            }
        });
        return true;
    }

    /** A new programme from a template, in the language of the chrome; asks first when dirty. */
    public void newFromTemplate(ProgrammeTemplates.Template template) {
        newProgramme(ProgrammeTemplates.create(template, emptyProgramme(messages).language()));
    }

    /** A new programme that starts as a copy of the sample; Save asks where to keep it. */
    public void newFromSample() {
        if (busy.get()) {
            return;
        }
        whenChangesAreSafe(this::openSample);
    }

    /** Shows a programme not read from a file, e.g. one made from a template; asks first when dirty. */
    public void newProgramme(Programme fresh) {
        if (busy.get()) {
            return;
        }
        whenChangesAreSafe(() -> show(fresh, null, null, false));
    }

    public void newProgramme() {
        newProgramme(emptyProgramme(messages));
    }

    public void openWithDialog() {
        if (busy.get()) {
            return;
        }
        whenChangesAreSafe(() -> dialogs.chooseProgrammeToOpen(folder()).ifPresent(this::open));
    }

    /** Opens a recent file, asking first about unsaved changes. */
    public void openRecent(Path path) {
        if (busy.get()) {
            return;
        }
        whenChangesAreSafe(() -> open(path));
    }

    public void open(Path path) {
        start(messages.get("shell.status.opening", path.getFileName()));
        job = runner.run(work -> store.open(path), new Outcome<OpenedProgramme>() {
            @Override
            public void succeeded(OpenedProgramme result) {
                finish();
                show(result.programme(), result, path, false);
                remember(path);
            }

            @Override
            public void failed(Exception error) {
                finish();
                dialogs.showError(messages.get("shell.open.failed.title"),
                        messages.get("shell.open.failed.message", fileTexts.problem(path, error)));
            }
        });
    }

    private void openSample() {
        start(messages.get("shell.status.openingSample"));
        job = runner.run(work -> {
            Optional<Path> path = sample.locate();
            return path.isEmpty() ? null : store.open(path.get());
        }, new Outcome<OpenedProgramme>() {
            @Override
            public void succeeded(OpenedProgramme result) {
                finish();
                if (result != null) {
                    show(result.programme(), result, null, true);
                }
            }

            @Override
            public void failed(Exception error) {
                finish();
                dialogs.showError(messages.get("shell.open.failed.title"),
                        messages.get("shell.sample.failed.message", fileTexts.problem(null, error)));
            }
        });
    }

    /** Saves to the current file, or asks where when there is none yet. */
    public void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        if (busy.get()) {
            return;
        }
        Path current = session.fileProperty().get();
        if (current == null) {
            saveAs(then);
        } else {
            saveTo(current, then);
        }
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void saveAs(Runnable then) {
        if (busy.get()) {
            return;
        }
        dialogs.chooseProgrammeToSave(folder(), FileTexts.suggestedFileName(session.programme()))
                .map(FileTexts::withExtension).ifPresent(target -> saveTo(target, then));
    }

    private void saveTo(Path target, Runnable then) {
        Programme toSave = session.programme();
        MediaStore from = session.media();
        long revision = session.revisionProperty().get();
        start(messages.get("shell.status.saving", target.getFileName()));
        job = runner.run(work -> {
            store.save(target, toSave, from);
            return target;
        }, new Outcome<Path>() {
            @Override
            public void succeeded(Path saved) {
                finish();
                sampleShown = false;
                // Edits made while the file was written are not in it: the file is saved, the session not.
                if (session.revisionProperty().get() == revision) {
                    session.markSaved(saved);
                }
                remember(saved);
                updateTexts();
                then.run();
            }

            @Override
            public void failed(Exception error) {
                finish();
                dialogs.showError(messages.get("shell.save.failed.title"),
                        messages.get("shell.save.failed.message", fileTexts.problem(target, error)));
            }
        });
    }

    /**
     * Runs {@code action} once unsaved changes are saved or the person chose to drop them; does
     * nothing when they cancel or the save fails.
     */
    public void whenChangesAreSafe(Runnable action) {
        if (!session.isDirty()) {
            action.run();
            return;
        }
        switch (dialogs.askToSaveChanges(texts.title(session.programme()))) {
            case SAVE:
                save(action);
                break;
            case DISCARD:
                action.run();
                break;
            default:
                break;
        }
    }

    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }

    /** Stops the running open or save; the programme shown stays as it was. */
    public void cancel() {
        if (job != null) {
            job.cancel();
        }
    }

    public void about() {
        dialogs.showInformation(messages.get("shell.about.title"), messages.get("shell.about.header", version),
                messages.get("shell.about.text"));
    }

    private void show(Programme shown, OpenedProgramme source, Path path, boolean isSample) {
        sampleShown = isSample;
        session.load(shown, source, path, false);
    }

    private void remember(Path path) {
        recentFiles.remember(path);
        recent.setAll(recentFiles.list());
    }

    private void updateTexts() {
        Programme shown = session.programme();
        windowTitle.set((session.isDirty() ? DIRTY_MARK : "") + texts.windowTitle(shown));
        headerTitle.set(texts.title(shown));
        headerParticulars.set(texts.particulars(shown));
        headerFormat.set(texts.format(shown));
        summary.set(texts.summary(shown));
        Path path = session.fileProperty().get();
        if (path != null) {
            fileStatus.set(path.toString());
        } else {
            fileStatus.set(messages.get(sampleShown ? "shell.status.sample" : "shell.status.unsaved"));
        }
        undoText.set(session.undoable().map(e -> messages.get("shell.menu.edit.undoThis", label(e)))
                .orElse(messages.get("shell.menu.edit.undo")));
        redoText.set(session.redoable().map(e -> messages.get("shell.menu.edit.redoThis", label(e)))
                .orElse(messages.get("shell.menu.edit.redo")));
    }

    private String label(Edit edit) {
        return messages.get(edit.labelKey());
    }

    /** An empty programme in the language of the chrome. */
    public static Programme emptyProgramme(Messages messages) {
        Language language = "zh".equals(messages.locale().getLanguage())
                ? (UiLocale.isTraditionalChinese(messages.locale()) ? Language.ZH_HANT : Language.ZH_HANS)
                : Language.EN;
        return Programme.empty("", language);
    }

    private Path folder() {
        Path current = session.fileProperty().get() != null ? session.fileProperty().get()
                : recentFiles.last().orElse(null);
        return current == null ? null : current.toAbsolutePath().getParent();
    }

    private void start(String message) {
        busy.set(true);
        busyMessage.set(message);
        progress.set(-1);
    }

    private void finish() {
        busy.set(false);
        busyMessage.set("");
        job = null;
    }

    @Override
    public void close() {
        cancel();
        session.close();
    }

    /** Progress and cancellation shared by open and save. */
    private abstract class Outcome<T> implements BackgroundRunner.Callback<T> {
        @Override
        public void progressed(double fraction, String message) {
            progress.set(fraction);
            if (message != null && !message.isBlank()) {
                busyMessage.set(message);
            }
        }

        @Override
        public void cancelled() {
            finish();
        }
    }

    public EditorSession session() {
        return session;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle;
    }

    public ReadOnlyStringProperty headerTitleProperty() {
        return headerTitle;
    }

    public ReadOnlyStringProperty headerParticularsProperty() {
        return headerParticulars;
    }

    public ReadOnlyStringProperty headerFormatProperty() {
        return headerFormat;
    }

    public ReadOnlyStringProperty fileStatusProperty() {
        return fileStatus;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** "Undo Move segment", or plain "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }

    /** Files opened or saved lately, newest first. */
    public ObservableList<Path> recentFiles() {
        return recentView;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage;
    }

    /** 0–1, or negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }
}
