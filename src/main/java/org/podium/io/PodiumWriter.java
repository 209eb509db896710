package org.podium.io;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.podium.media.DigestCheckingInputStream;
import org.podium.media.MediaStore;
import org.podium.media.PhotoBytesException;
import org.podium.io.FileReason.Kind;
import org.podium.model.MediaRef;
import org.podium.model.Programme;
import org.podium.files.StaleTemps;

/**
 * Writes a {@code .podium} file so that a crash, a full disk or a failing photo never damages the
 * previous one: everything goes to a hidden temp file in the same folder, is forced to the disk,
 * and only then replaces the target in one rename; the folder is then forced too, so the rename
 * survives a power cut. A temp file left by a save that was killed is removed by the next save of
 * the same target ({@link StaleTemps}).
 */
final class PodiumWriter {

    private static final System.Logger LOG = System.getLogger(PodiumWriter.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Entry times are fixed so the same programme always gives the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final int BUFFER_BYTES = 64 * 1024;

    private PodiumWriter() {
    }

    static void write(Path target, Programme programme, MediaStore store, String writtenBy, Limits limits)
            throws PodiumFileException {
        Path destination = resolveLink(target);
        List<MediaRef> media = programme.media();
        List<MediaRef> missing = media.stream().filter(ref -> !store.contains(ref)).toList();
        if (!missing.isEmpty()) {
            throw new PodiumFileException(target, FileReason.of(Kind.PHOTOS_UNAVAILABLE,
                    missing.stream().map(ref -> ref.originalName() + " (" + ref.sha256() + ")")
                            .collect(Collectors.joining(", "))));
        }
        byte[] json = ProgrammeJson.write(programme, writtenBy);
        if (json.length > limits.programmeJsonBytes()) {
            throw new PodiumFileException(target, FileReason.of(Kind.PROGRAMME_JSON_TOO_LARGE, json.length,
                    Limits.describe(limits.programmeJsonBytes())));
        }
        Path directory = destination.toAbsolutePath().getParent();
        if (!Files.isDirectory(directory)) {
            throw new PodiumFileException(target, FileReason.of(Kind.FOLDER_MISSING, directory));
        }
        Path temp = null;
        boolean moved = false;
        try {
            temp = createTemp(directory, destination.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 ZipOutputStream zip = new ZipOutputStream(
                         new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES),
                         StandardCharsets.UTF_8)) {
                StaleTemps.hold(channel, temp);
                writeProgrammeJson(zip, json);
                PhotoSource photos = new PhotoSource(store, limits.photoBytes(), target, destination);
                for (MediaRef ref : media) {
                    writeMedia(zip, ref, photos);
                }
                zip.finish();
                zip.flush();
                channel.force(true);
            }
            move(temp, destination);
            moved = true;
            syncDirectory(directory);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoNotRead photo) {
                throw new PodiumFileException(target, FileReason.of(Kind.NOT_SAVED, photo.reason), photo.getCause());
            }
            throw new PodiumFileException(target, notSaved(e), e);
        } finally {
            if (temp != null && !moved) {
                deleteTemp(temp);
            }
        }
    }

    private static FileReason notSaved(Exception e) {
        if (e instanceof AccessDeniedException) {
            return FileReason.of(Kind.NO_WRITE_PERMISSION, e.getMessage());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return isDiskFull(message) ? FileReason.of(Kind.DISK_FULL) : FileReason.of(Kind.NOT_SAVED, message);
    }

    /**
     * Java has no exception type for a full disk; the system's words for it are all there is
     * (Linux and macOS, Windows). Words in another language are shown as they are.
     */
    private static boolean isDiskFull(String message) {
        return message.contains("No space left on device") || message.contains("There is not enough space on the disk");
    }

    /** Saving through a symbolic link replaces the file it points to, not the link. */
    private static Path resolveLink(Path target) {
        try {
            return Files.isSymbolicLink(target) ? target.toRealPath() : target;
        } catch (IOException e) {
            return target;
        }
    }

    /**
     * {@code .name.podium.tmp-1a2b3c4d}, hidden on Unix, created fresh (never an existing file),
     * after removing those that earlier saves of {@code name} left unfinished.
     */
    private static Path createTemp(Path directory, String name) throws IOException {
        StaleTemps.clean(directory, name);
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[4];
            RANDOM.nextBytes(random);
            Path temp = directory.resolve(StaleTemps.name(name, HexFormat.of().formatHex(random)));
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void writeProgrammeJson(ZipOutputStream zip, byte[] json) throws IOException {
        ZipEntry entry = new ZipEntry(ArchiveLayout.PROGRAMME_JSON);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(json);
        zip.closeEntry();
    }

    /**
     * JPEG, PNG and GIF are compressed already and go in STORED, so they stream out of the file
     * without inflating; BMP is deflated. STORED needs the size and CRC up front, so those photos
     * are read twice: once to measure, once to copy, each pass checking the hash (so a photo
     * changed in between is reported by name, not as a CRC mismatch).
     */
    private static void writeMedia(ZipOutputStream zip, MediaRef ref, PhotoSource photos) throws IOException {
        ZipEntry entry = new ZipEntry(ZipMediaStore.entryName(ref));
        entry.setTimeLocal(ENTRY_TIME);
        byte[] buffer = new byte[BUFFER_BYTES];
        if (ref.mediaType().equals("image/bmp")) {
            entry.setMethod(ZipEntry.DEFLATED);
            zip.putNextEntry(entry);
            try (InputStream in = photos.open(ref)) {
                in.transferTo(zip);
            }
        } else {
            CRC32 crc = new CRC32();
            long sizeBytes = 0;
            try (InputStream in = photos.open(ref)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    crc.update(buffer, 0, n);
                    sizeBytes += n;
                }
            }
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(sizeBytes);
            entry.setCompressedSize(sizeBytes);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            try (InputStream in = photos.open(ref)) {
                in.transferTo(zip);
            }
        }
        zip.closeEntry();
    }

    /**
     * The photos' bytes, each checked against its SHA-256 whatever the store does (a file never lies
     * about a name). A photo damaged, changed or gone fails with {@link PhotoNotRead}, naming it,
     * so that failure is told apart from one writing the new file.
     */
    private record PhotoSource(MediaStore store, long maxBytes, Path target, Path destination) {

        InputStream open(MediaRef ref) throws IOException {
            InputStream bytes;
            try {
                bytes = store.open(ref);
            } catch (IOException e) {
                throw notRead(e, ref);
            }
            return new FilterInputStream(new DigestCheckingInputStream(bytes, ref, maxBytes,
                    ZipMediaStore.entryName(ref))) {
                @Override
                public int read() throws IOException {
                    try {
                        return in.read();
                    } catch (IOException e) {
                        throw notRead(e, ref);
                    }
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    try {
                        return in.read(buffer, offset, length);
                    } catch (IOException e) {
                        throw notRead(e, ref);
                    }
                }
            };
        }

        /**
         * A photo damaged, changed or gone, named; one read from another programme file says which
         * file. What the system said (a removed disk) stays as it is, for {@code notSaved}.
         */
        private IOException notRead(IOException e, MediaRef ref) {
            if (!(e instanceof PodiumFileException || e instanceof PhotoBytesException
                    || e instanceof NoSuchFileException)) {
                return e;
            }
            FileReason reason = PhotoReasons.of(e, ref, ZipMediaStore.entryName(ref), Kind.PHOTO_UNREADABLE);
            if (e instanceof PodiumFileException refused && !same(refused.file(), target)
                    && !same(refused.file(), destination)) {
                reason = FileReason.of(Kind.IN_SOURCE_FILE, refused.file(), reason);
            }
            return new PhotoNotRead(reason, e);
        }

        private static boolean same(Path a, Path b) {
            return a != null && a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** A photo that could not be read for the save, and why; never leaves this class. */
    private static final class PhotoNotRead extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient FileReason reason;

        PhotoNotRead(FileReason reason, IOException cause) {
            super(reason.english(), cause);
            this.reason = reason;
        }
    }

    private static void move(Path temp, Path destination) throws IOException {
        try {
            Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not possible on every system (Windows), and then skipped. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.DEBUG, "cannot sync folder {0}: {1}", directory, e.getMessage());
        }
    }

    private static void deleteTemp(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove the unfinished save {0}: {1}", temp, e.getMessage());
        }
    }
}
