package org.podium.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFileException;
import org.podium.media.MediaStore;
import org.podium.model.Programme;
import org.podium.ui.common.DialogService;

/** Stand-ins for the window's ports: files kept in a map, dialogs answered from a queue. */
final class Fakes {

    private Fakes() {
    }

    static final class Store implements ProgrammeStore {
        final Map<Path, Programme> files = new HashMap<>();
        final List<Opened> opened = new ArrayList<>();
        final List<Path> saves = new ArrayList<>();
        Path failSavesTo;

        @Override
        public OpenedProgramme open(Path file) throws IOException {
            Programme programme = files.get(file);
            if (programme == null) {
                throw new PodiumFileException(file, "programme.json is missing; this is not a Podium file");
            }
            Opened result = new Opened(file, programme);
            opened.add(result);
            return result;
        }

        @Override
        public void save(Path target, Programme programme, MediaStore media) throws IOException {
            if (target.equals(failSavesTo)) {
                throw new PodiumFileException(target, "the disk is full");
            }
            saves.add(target);
            files.put(target, programme);
        }
    }

    static final class Opened implements OpenedProgramme {
        private final Path file;
        private final Programme programme;
        boolean closed;

        Opened(Path file, Programme programme) {
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

    static final class Dialogs implements DialogService {
        final List<String> errors = new ArrayList<>();
        final List<String> information = new ArrayList<>();
        final Deque<Optional<Path>> openAnswers = new ArrayDeque<>();
        final Deque<Optional<Path>> saveAnswers = new ArrayDeque<>();
        final List<String> suggestedNames = new ArrayList<>();

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
    }

    static final class Recent implements RecentFiles {
        Path last;

        @Override
        public Optional<Path> last() {
            return Optional.ofNullable(last);
        }

        @Override
        public void remember(Path file) {
            last = file;
        }
    }
}
