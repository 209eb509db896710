package org.podium.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFileException;
import org.podium.media.MediaStore;
import org.podium.model.Language;
import org.podium.model.Programme;
import org.podium.ui.common.BackgroundRunner;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.UiLocale;
import org.podium.ui.runningorder.Details;
import org.podium.ui.runningorder.ItemDetails;
import org.podium.ui.runningorder.RunningOrderItem;
import org.podium.ui.runningorder.RunningOrderItem.SegmentItem;
import org.podium.ui.runningorder.RunningOrderItems;

/**
 * State and actions of the main window: the open programme, its file, the running order and the
 * details of the selected row. Reading and writing run on the {@link BackgroundRunner}; a file that
 * fails to open changes nothing, so a later Save never writes over it. Used on the UI thread only.
 */
public final class MainWindowViewModel implements AutoCloseable {

    public static final String EXTENSION = ".podium";
    private static final System.Logger LOG = System.getLogger(MainWindowViewModel.class.getName());

    private final Messages messages;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final RecentFiles recentFiles;
    private final ProgrammeStore store;
    private final SampleSource sample;
    private final String version;
    private final ProgrammeTexts texts;

    private final ObjectProperty<Programme> programme = new SimpleObjectProperty<>(this, "programme");
    /** Where Save writes; {@code null} for a new programme or the sample, which Save As… first. */
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final StringProperty windowTitle = new SimpleStringProperty(this, "windowTitle", "");
    private final StringProperty headerTitle = new SimpleStringProperty(this, "headerTitle", "");
    private final StringProperty headerParticulars = new SimpleStringProperty(this, "headerParticulars", "");
    private final StringProperty headerFormat = new SimpleStringProperty(this, "headerFormat", "");
    private final StringProperty fileStatus = new SimpleStringProperty(this, "fileStatus", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<SegmentItem> runningOrder = FXCollections.observableArrayList();
    private final ObservableList<SegmentItem> runningOrderView = FXCollections.unmodifiableObservableList(runningOrder);
    private final ObjectProperty<RunningOrderItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Details> details = new SimpleObjectProperty<>(this, "details");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty busyMessage = new SimpleStringProperty(this, "busyMessage", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);

    private OpenedProgramme opened;
    private MediaStore media = MediaStore.empty();
    private boolean sampleShown;
    private BackgroundRunner.Job job;

    public MainWindowViewModel(Messages messages, BackgroundRunner runner, DialogService dialogs,
                               RecentFiles recentFiles, ProgrammeStore store, SampleSource sample, String version) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
        this.store = Objects.requireNonNull(store, "store");
        this.sample = Objects.requireNonNull(sample, "sample");
        this.version = Objects.requireNonNull(version, "version");
        this.texts = new ProgrammeTexts(messages);
        selected.addListener((obs, old, item) -> details.set(item == null ? null
                : ItemDetails.of(programme.get(), item, messages).orElse(null)));
        show(emptyProgramme(), null, null, MediaStore.empty(), false);
    }

    /** What a start without a file shows: the last file opened, else the sample programme. */
    public void openAtStartup(Path argument) {
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

    public void newProgramme() {
        if (busy.get()) {
            return;
        }
        show(emptyProgramme(), null, null, MediaStore.empty(), false);
    }

    public void openWithDialog() {
        if (busy.get()) {
            return;
        }
        dialogs.chooseProgrammeToOpen(folder()).ifPresent(this::open);
    }

    public void open(Path path) {
        start(messages.get("shell.status.opening", path.getFileName()));
        job = runner.run(work -> store.open(path), new Outcome<OpenedProgramme>() {
            @Override
            public void succeeded(OpenedProgramme result) {
                finish();
                show(result.programme(), result, path, result.media(), false);
                recentFiles.remember(path);
            }

            @Override
            public void failed(Exception error) {
                finish();
                dialogs.showError(messages.get("shell.open.failed.title"),
                        messages.get("shell.open.failed.message", problem(path, error)));
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
                    show(result.programme(), result, null, result.media(), true);
                }
            }

            @Override
            public void failed(Exception error) {
                finish();
                dialogs.showError(messages.get("shell.open.failed.title"),
                        messages.get("shell.sample.failed.message", problem(null, error)));
            }
        });
    }

    /** Saves to the current file, or asks where when there is none yet. */
    public void save() {
        if (busy.get()) {
            return;
        }
        if (file.get() == null) {
            saveAs();
        } else {
            saveTo(file.get());
        }
    }

    public void saveAs() {
        if (busy.get()) {
            return;
        }
        dialogs.chooseProgrammeToSave(folder(), suggestedFileName(programme.get()))
                .map(MainWindowViewModel::withExtension).ifPresent(this::saveTo);
    }

    private void saveTo(Path target) {
        Programme toSave = programme.get();
        MediaStore from = media;
        start(messages.get("shell.status.saving", target.getFileName()));
        job = runner.run(work -> {
            store.save(target, toSave, from);
            return target;
        }, new Outcome<Path>() {
            @Override
            public void succeeded(Path saved) {
                finish();
                file.set(saved);
                sampleShown = false;
                recentFiles.remember(saved);
                updateTexts();
            }

            @Override
            public void failed(Exception error) {
                finish();
                dialogs.showError(messages.get("shell.save.failed.title"),
                        messages.get("shell.save.failed.message", problem(target, error)));
            }
        });
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

    private void show(Programme shown, OpenedProgramme source, Path path, MediaStore store, boolean isSample) {
        OpenedProgramme previous = opened;
        opened = source;
        media = store;
        sampleShown = isSample;
        selected.set(null);
        programme.set(shown);
        file.set(path);
        runningOrder.setAll(RunningOrderItems.of(shown, messages));
        updateTexts();
        closeQuietly(previous);
    }

    private void updateTexts() {
        Programme shown = programme.get();
        windowTitle.set(texts.windowTitle(shown));
        headerTitle.set(texts.title(shown));
        headerParticulars.set(texts.particulars(shown));
        headerFormat.set(texts.format(shown));
        summary.set(texts.summary(shown));
        if (file.get() != null) {
            fileStatus.set(file.get().toString());
        } else {
            fileStatus.set(messages.get(sampleShown ? "shell.status.sample" : "shell.status.unsaved"));
        }
    }

    private Programme emptyProgramme() {
        Language language = "zh".equals(messages.locale().getLanguage())
                ? (UiLocale.isTraditionalChinese(messages.locale()) ? Language.ZH_HANT : Language.ZH_HANS)
                : Language.EN;
        return Programme.empty("", language);
    }

    private Path folder() {
        Path current = file.get() != null ? file.get() : recentFiles.last().orElse(null);
        return current == null ? null : current.toAbsolutePath().getParent();
    }

    /** A file name from the title, without characters Windows or macOS refuse. */
    static String suggestedFileName(Programme programme) {
        String name = programme.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+", " ").strip();
        if (name.length() > 60) {
            name = name.substring(0, 60).strip();
        }
        return (name.isEmpty() ? "programme" : name) + EXTENSION;
    }

    static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(EXTENSION) ? path
                : path.resolveSibling(name + EXTENSION);
    }

    /** One line that names the file and says what is wrong with it. */
    private String problem(Path path, Exception error) {
        if (error instanceof PodiumFileException) {
            return error.getMessage();
        }
        if (error instanceof NoSuchFileException) {
            return messages.get("shell.error.notFound", path == null ? error.getMessage() : path);
        }
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return path == null ? reason : messages.get("shell.error.other", path, reason);
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

    private static void closeQuietly(OpenedProgramme programme) {
        if (programme == null) {
            return;
        }
        try {
            programme.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not close " + programme.file(), e);
        }
    }

    @Override
    public void close() {
        cancel();
        closeQuietly(opened);
        opened = null;
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

    public ReadOnlyObjectProperty<Programme> programmeProperty() {
        return programme;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
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

    /** The running order's segments, each with its slides; replaced whole when the programme changes. */
    public ObservableList<SegmentItem> runningOrder() {
        return runningOrderView;
    }

    /** The row the person selected; the view writes it. */
    public ObjectProperty<RunningOrderItem> selectedProperty() {
        return selected;
    }

    /** Details of the selected row, or {@code null} when nothing is selected. */
    public ReadOnlyObjectProperty<Details> detailsProperty() {
        return details;
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
