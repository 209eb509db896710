package org.podium.ui.shell;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.podium.io.PodiumFile;
import org.podium.io.PodiumFileException;
import org.podium.model.Programme;
import org.podium.ui.common.Messages;

/** File names offered when saving, and what the window says when a file cannot be read or written. */
final class FileTexts {

    static final String EXTENSION = PodiumFile.EXTENSION;

    private final Messages messages;

    FileTexts(Messages messages) {
        this.messages = messages;
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

    /** One line that names the file and says what is wrong with it, in the window's language. */
    String problem(Path path, Exception error) {
        if (error instanceof PodiumFileException refused) {
            return messages.get("shell.error.other", refused.file(), refused.reason(messages.locale()));
        }
        if (error instanceof NoSuchFileException) {
            return messages.get("shell.error.notFound", path == null ? error.getMessage() : path);
        }
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return path == null ? reason : messages.get("shell.error.other", path, reason);
    }
}
