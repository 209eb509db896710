package org.podium.export.pptx;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A file written beside its target and moved over it only when complete: until {@link #commit()}
 * the target is untouched, and closing without committing deletes the temp file.
 */
final class AtomicOutput implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AtomicOutput.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
    }

    /** A fresh hidden temp file {@code .name.tmp-1a2b3c4d} in the target's folder. */
    static AtomicOutput beside(Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[4];
            RANDOM.nextBytes(random);
            Path temp = directory.resolve("." + name + ".tmp-" + HexFormat.of().formatHex(random));
            try {
                Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
                continue;
            }
            try {
                return new AtomicOutput(target, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        }
    }

    /** Where to write; not closed by the caller (closing it would close the channel too early). */
    OutputStream stream() {
        return Channels.newOutputStream(channel);
    }

    /** Forces the bytes to the disk and replaces the target with them. */
    void commit() throws IOException {
        channel.force(true);
        channel.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
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
}
