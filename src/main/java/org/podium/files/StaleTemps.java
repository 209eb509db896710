package org.podium.files;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * The temp files of unfinished saves and exports: {@code .name.tmp-1a2b3c4d} beside the target
 * {@code name}. A save or export holds a lock on its temp file while it writes; a temp file nobody
 * holds a lock on was left by one that was killed or lost power, and is removed by the next write
 * of the same target, so crashes do not pile up hidden copies beside it.
 */
public final class StaleTemps {

    private static final System.Logger LOG = System.getLogger(StaleTemps.class.getName());

    private StaleTemps() {
    }

    /** The temp file name for {@code name} with the 8 hex digits {@code suffix}. */
    public static String name(String name, String suffix) {
        return "." + name + ".tmp-" + suffix;
    }

    /**
     * Locks the freshly created {@code temp} for the save that writes it through {@code channel};
     * the lock goes when the channel is closed.
     */
    public static void hold(FileChannel channel, Path temp) throws IOException {
        if (channel.tryLock() == null) {
            throw new IOException("another program holds the temp file " + temp);
        }
    }

    /** Removes the temp files of {@code name} in {@code directory} that no running save holds. */
    public static void clean(Path directory, String name) {
        Pattern pattern = Pattern.compile(Pattern.quote("." + name + ".tmp-") + "[0-9a-f]{8}");
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory,
                path -> pattern.matcher(path.getFileName().toString()).matches())) {
            for (Path temp : temps) {
                if (abandoned(temp)) {
                    Files.deleteIfExists(temp);
                    LOG.log(Level.INFO, "removed {0}, left by a save that did not finish", temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // only tidying: the save goes on without it
            LOG.log(Level.DEBUG, "could not look for unfinished saves in {0}: {1}", directory, e.getMessage());
        }
    }

    /** True when no process holds the lock of {@code temp}: its save is over, killed or cut off. */
    private static boolean abandoned(Path temp) {
        if (!Files.isRegularFile(temp)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // a save in this very process is writing it
        } catch (IOException e) {
            return false;
        }
    }
}
