package org.podium.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.podium.media.MediaStore;
import org.podium.model.Programme;
import org.podium.files.UserFolders;

/**
 * The autosaved copy of the programme being edited, kept apart from the person's own file so a
 * crash or a power cut loses at most a few seconds of work. One slot: {@code autosave.podium}
 * (a normal programme file) and {@code autosave.source}, the path of the file it was edited from
 * (empty for a programme never saved). Safe to call from a background thread.
 */
public final class RecoveryStore {

    static final String COPY = "autosave" + PodiumFile.EXTENSION;
    static final String SOURCE = "autosave.source";

    /**
     * A recovery copy found on start.
     *
     * @param file    the copy, a {@code .podium} file
     * @param source  the file the programme was edited from, or {@code null} when it had none
     * @param savedAt when the copy was written
     */
    public record Recovery(Path file, Path source, Instant savedAt) {
    }

    private final Path directory;

    /** @param directory where the copy lives; made when first written */
    public RecoveryStore(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /**
     * The per-user data folder: {@code %LOCALAPPDATA%\Podium\Recovery} on Windows,
     * {@code ~/Library/Application Support/Podium/Recovery} on macOS, else
     * {@code $XDG_DATA_HOME/podium/recovery} ({@code ~/.local/share/podium/recovery}).
     */
    public static Path defaultDirectory() {
        return UserFolders.data("Recovery");
    }

    public Path directory() {
        return directory;
    }

    /**
     * Writes the copy atomically, replacing the previous one.
     *
     * @param source the file the programme was opened from or last saved to, or {@code null}
     */
    public void write(Programme programme, MediaStore media, Path source) throws IOException {
        Files.createDirectories(directory);
        PodiumFile.write(directory.resolve(COPY), programme, media);
        Path marker = directory.resolve(SOURCE);
        Path temp = directory.resolve(SOURCE + ".tmp");
        byte[] text = (source == null ? "" : source.toAbsolutePath().toString()).getBytes(StandardCharsets.UTF_8);
        // forced before the rename, as the copy is, so a power cut leaves the old marker or the new one
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(text);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temp, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, marker, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The copy to offer on start: there is one and it is newer than the file it was edited from
     * (a copy older than its source holds nothing the source lacks).
     */
    public Optional<Recovery> find() {
        Path copy = directory.resolve(COPY);
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        try {
            Instant savedAt = Files.getLastModifiedTime(copy).toInstant();
            Path marker = directory.resolve(SOURCE);
            String text = Files.isRegularFile(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : "";
            Path source = text.isEmpty() ? null : Path.of(text);
            if (source != null && Files.isRegularFile(source)
                    && !Files.getLastModifiedTime(source).toInstant().isBefore(savedAt)) {
                return Optional.empty();
            }
            return Optional.of(new Recovery(copy, source, savedAt));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Removes the copy: after a save, a clean close, or when the person declines it. */
    public void clear() throws IOException {
        Files.deleteIfExists(directory.resolve(COPY));
        Files.deleteIfExists(directory.resolve(SOURCE));
    }
}
