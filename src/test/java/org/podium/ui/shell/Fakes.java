package org.podium.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Stage;
import org.podium.AppContext;
import org.podium.TestProgrammes;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.io.FileReason;
import org.podium.io.PodiumFileException;
import org.podium.io.RecoveryStore;
import org.podium.media.MediaStore;
import org.podium.model.Programme;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.common.SaveChoice;
import org.podium.ui.common.Scheduler;
import org.podium.ui.common.Stylesheets;

/** Stand-ins for the window's ports: files kept in a map, dialogs answered from queues. */
public final class Fakes {

    private Fakes() {
    }

    public static final class Store implements ProgrammeStore {
        public final Map<Path, Programme> files = new HashMap<>();
        public final List<Opened> opened = new ArrayList<>();
        public final List<Path> saves = new ArrayList<>();
        public Path failSavesTo;

        @Override
        public OpenedProgramme open(Path file) throws IOException {
            Programme programme = files.get(file);
            if (programme == null) {
                throw new PodiumFileException(file, FileReason.of(FileReason.Kind.PROGRAMME_JSON_MISSING));
            }
            Opened result = new Opened(file, programme);
            opened.add(result);
            return result;
        }

        @Override
        public void save(Path target, Programme programme, MediaStore media) throws IOException {
            if (target.equals(failSavesTo)) {
                throw new PodiumFileException(target, FileReason.of(FileReason.Kind.DISK_FULL));
            }
            saves.add(target);
            files.put(target, programme);
        }
    }

    public static final class Opened implements OpenedProgramme {
        private final Path file;
        private final Programme programme;
        public boolean closed;

        public Opened(Path file, Programme programme) {
            this.file = file;
            this.programme = programme;
        }

        @Override
        public Path file() {
            return file;
        }

        @Override
        public Programme programme() {
            return programme;
        }

        @Override
        public MediaStore media() {
            return MediaStore.empty();
        }

        @Override
        public String writtenBy() {
            return "Podium test";
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    public static final class Dialogs implements DialogService {
        public final List<String> errors = new ArrayList<>();
        public final List<String> information = new ArrayList<>();
        public final Deque<Optional<Path>> openAnswers = new ArrayDeque<>();
        public final Deque<Optional<Path>> saveAnswers = new ArrayDeque<>();
        public final List<String> suggestedNames = new ArrayList<>();
        public final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
        public final List<String> questions = new ArrayList<>();
        public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
        public final Deque<List<Path>> photoAnswers = new ArrayDeque<>();

        @Override
        public void showError(String title, String message) {
            errors.add(title + "\n" + message);
        }

        @Override
        public void showInformation(String title, String header, String message) {
            information.add(title + "\n" + header + "\n" + message);
        }

        @Override
        public Optional<Path> chooseProgrammeToOpen(Path folder) {
            return openAnswers.isEmpty() ? Optional.empty() : openAnswers.pop();
        }

        @Override
        public Optional<Path> chooseProgrammeToSave(Path folder, String suggestedName) {
            suggestedNames.add(suggestedName);
            return saveAnswers.isEmpty() ? Optional.empty() : saveAnswers.pop();
        }

        @Override
        public SaveChoice askToSaveChanges(String programmeTitle) {
            questions.add(programmeTitle);
            return saveChoices.isEmpty() ? SaveChoice.CANCEL : saveChoices.pop();
        }

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            questions.add(title + "\n" + message);
            return !confirmAnswers.isEmpty() && confirmAnswers.pop();
        }

        @Override
        public List<Path> choosePhotos(Path folder) {
            return photoAnswers.isEmpty() ? List.of() : photoAnswers.pop();
        }
    }

    /** Recent files kept in a list, newest first. */
    public static final class Recent implements RecentFiles {
        public final List<Path> files = new ArrayList<>();

        @Override
        public List<Path> list() {
            return List.copyOf(files);
        }

        @Override
        public void remember(Path file) {
            files.remove(file);
            files.add(0, file);
        }

        public Path lastOrNull() {
            return files.isEmpty() ? null : files.get(0);
        }
    }

    /** Time by hand: scheduled actions run when the test says so. */
    public static final class ManualScheduler implements Scheduler {
        private final List<Runnable> once = new ArrayList<>();
        private final List<Runnable> periodic = new ArrayList<>();

        @Override
        public Cancellable after(Duration delay, Runnable action) {
            once.add(action);
            return () -> once.remove(action);
        }

        @Override
        public Cancellable every(Duration period, Runnable action) {
            periodic.add(action);
            return () -> periodic.remove(action);
        }

        /** Runs what is waiting as if the quiet period had passed. */
        public void elapse() {
            List<Runnable> due = new ArrayList<>(once);
            once.clear();
            due.forEach(Runnable::run);
        }

        /** Runs the periodic actions once, as if their period had passed. */
        public void tick() {
            new ArrayList<>(periodic).forEach(Runnable::run);
        }
    }

    /** Ports for a whole app in tests: same-thread runner, these fakes, recovery under {@code recoveryDir}. */
    /**
     * The real editor window on {@code stage}, in English, with {@link TestProgrammes#withoutPhotos()}
     * saved to {@code file} and opened from it; the recovery folder is a new one beside the file.
     */
    public static AppContext openEditor(Stage stage, Path file, Dialogs dialogs) throws IOException {
        Stylesheets.installBaseTheme();
        PodiumFile.write(file, TestProgrammes.withoutPhotos(), MediaStore.empty());
        AppContext context = new AppContext(Messages.load(Locale.ENGLISH), "test", ports(new PodiumFileStore(), dialogs,
                new Recent(), Files.createTempDirectory(file.toAbsolutePath().getParent(), "recovery"),
                new ManualScheduler()));
        context.showMainWindow(stage);
        context.mainWindow().open(file);
        return context;
    }

    public static AppContext.Ports ports(ProgrammeStore store, Dialogs dialogs, Recent recent, Path recoveryDir,
                                         Scheduler scheduler) {
        return new AppContext.Ports(new SameThreadRunner(), dialogs, recent, store, Optional::empty,
                new RecoveryStore(recoveryDir), scheduler);
    }
}
