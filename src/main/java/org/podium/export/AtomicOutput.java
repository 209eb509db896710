package org.podium.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import org.podium.export.ExportReason.Kind;
import org.podium.files.StaleTemps;

/**
 * A file written beside its target and moved over it only when complete: until {@link #commit()}
 * the target is untouched, and closing without committing deletes the temp file. The bytes are
 * forced to the disk before the rename and the folder after it, so a power cut leaves the old file
 * or the new one. A temp file left by an export that was killed is removed by the next export to
 * the same target ({@link StaleTemps}).
 *
 * <p>Errors are {@link ExportException}s without the target's name, which the exporters put in front.
 */
public final class AtomicOutput implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AtomicOutput.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Wraps the stream of every output opened from now on: the identity, except in tests that
     * make the disk fill up half-way.
     */
    static volatile UnaryOperator<OutputStream> streams = UnaryOperator.identity();

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private boolean committed;
    /** The first error of the disk while writing, kept because POI reports it only as "failed to be saved". */
    private IOException writeError;

    private AtomicOutput(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
    }

    /**
     * A fresh hidden temp file {@code .name.tmp-1a2b3c4d} in the target's folder.
     *
     * @throws IOException saying what is wrong when the folder is missing, is a file, cannot be
     *                     written, or a folder stands where the target would go
     */
    public static AtomicOutput beside(Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new ExportException(null, directory != null && Files.exists(directory)
                    ? ExportReason.of(Kind.FOLDER_IS_FILE, directory) : ExportReason.of(Kind.FOLDER_MISSING, directory));
        }
        if (Files.isDirectory(target)) {
            throw new ExportException(null, ExportReason.of(Kind.FOLDER_IN_THE_WAY));
        }
        String name = target.getFileName().toString();
        StaleTemps.clean(directory, name);
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[4];
            RANDOM.nextBytes(random);
            Path temp = directory.resolve(StaleTemps.name(name, HexFormat.of().formatHex(random)));
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
                continue;
            } catch (AccessDeniedException e) {
                throw new ExportException(null, ExportReason.of(Kind.NO_WRITE_PERMISSION, directory), e);
            } catch (FileSystemException e) {
                throw new ExportException(null,
                        ExportReason.of(Kind.CANNOT_WRITE_IN_FOLDER, directory, systemWords(e)), e);
            }
            FileChannel channel = null;
            try {
                channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                StaleTemps.hold(channel, temp);
                return new AtomicOutput(target, temp, channel);
            } catch (IOException | RuntimeException e) {
                if (channel != null) {
                    channel.close();
                }
                Files.deleteIfExists(temp);
                throw e;
            }
        }
    }

    /** Where to write; not closed by the caller (closing it would close the channel too early). */
    public OutputStream stream() {
        return new FilterOutputStream(streams.apply(Channels.newOutputStream(channel))) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                try {
                    out.write(bytes, offset, length);
                } catch (IOException e) {
                    throw remembered(e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw remembered(e);
                }
            }
        };
    }

    private IOException remembered(IOException e) {
        if (writeError == null) {
            writeError = e;
        }
        return e;
    }

    /**
     * What went wrong, for an exporter's error: the disk's own words when writing failed (a full
     * disk, a removed drive), which libraries such as POI replace with their own, else what
     * {@code thrown} says ({@link ExportReason#from(Throwable)}).
     */
    public ExportReason reason(Exception thrown) {
        if (writeError != null && writeError.getMessage() != null) {
            return ExportReason.ofWords(writeError.getMessage());
        }
        return ExportReason.from(thrown);
    }

    /**
     * Forces the bytes to the disk and replaces the target with them.
     *
     * @throws IOException when the disk fails, or the target cannot be replaced (on Windows: open
     *                     in another program); the target is then unchanged
     */
    public void commit() throws IOException {
        channel.force(true);
        channel.close();
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (FileSystemException e) {
            throw new ExportException(null, ExportReason.of(Kind.CANNOT_REPLACE, systemWords(e)), e);
        }
        committed = true;
        syncDirectory(target.toAbsolutePath().getParent());
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing {0}: {1}", temp, e.getMessage());
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove the unfinished export {0}: {1}", temp, e.getMessage());
        }
    }

    /** The system's words for the failure, without the temp file's name. */
    private static String systemWords(FileSystemException e) {
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }

    /** Makes the rename itself durable; not possible on every system (Windows), and then skipped. */
    private static void syncDirectory(Path directory) {
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.DEBUG, "cannot sync folder {0}: {1}", directory, e.getMessage());
        }
    }
}
