package org.podium.export.pptx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;
import org.podium.files.UserFolders;

/**
 * Pictures already made for earlier decks, kept per user, so exporting the same photos again
 * copies them instead of decoding, scaling and re-encoding each one (most of an export's time:
 * see BENCHMARKS.md). A picture depends only on the photo's bytes (named by their SHA-256), its
 * EXIF orientation, the quality and the encoder's version, which together name the entry. Photos
 * whose bytes the deck keeps as they are do not go through the cache.
 *
 * <p>An entry is written to a temporary file and renamed into place, and carries its length and
 * CRC-32C: a torn or damaged entry is ignored, deleted and made again. The cache never makes an
 * export fail: when it cannot be read or written the picture is made as without it. Used entries
 * are touched; when an export starts, the least recently used entries go until the cache is under
 * its size limit. Safe for several exports at once, also from several processes.
 */
final class PictureCache implements PictureEncoder {

    /** Raised whenever the encoder's output for the same input changes, so old entries are not used. */
    static final int ENCODER_VERSION = 2;
    /** Default size limit: a few thousand pictures at high quality. */
    static final long DEFAULT_LIMIT_BYTES = 1L << 30;

    private static final System.Logger LOG = System.getLogger(PictureCache.class.getName());
    private static final byte[] MAGIC = "PODIUM-DECK-PICTURE\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".picture";

    private final PictureEncoder encoder;
    private final Path folder;

    /**
     * @param encoder makes the pictures the cache does not have
     * @param folder  the cache's folder, created when missing
     */
    PictureCache(PictureEncoder encoder, Path folder, long limitBytes) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.folder = Objects.requireNonNull(folder, "folder");
        trim(limitBytes);
    }

    /**
     * The per-user cache folder for deck pictures: {@code %LOCALAPPDATA%\Podium\Cache\deck-pictures}
     * on Windows, {@code ~/Library/Caches/Podium/deck-pictures} on macOS, elsewhere
     * {@code $XDG_CACHE_HOME/podium/deck-pictures} ({@code ~/.cache/podium/deck-pictures}).
     */
    static Path defaultFolder() {
        return UserFolders.cache("deck-pictures");
    }

    @Override
    public EncodedPicture encode(MediaRef ref, MediaStore store, PhotoQuality quality) throws IOException {
        if (DeckPictureEncoder.keepsOriginal(ref, quality)) {
            return encoder.encode(ref, store, quality);
        }
        Path entry = folder.resolve(ref.sha256() + "-o" + ref.exifOrientation() + "-"
                + quality.name().toLowerCase(Locale.ROOT) + "-v" + ENCODER_VERSION + SUFFIX);
        Optional<EncodedPicture> cached = read(entry);
        if (cached.isPresent() && intact(ref, store)) {
            return cached.get();
        }
        EncodedPicture picture = encoder.encode(ref, store, quality);
        write(entry, picture);
        return picture;
    }

    /**
     * True when the photo is in the store with the bytes its SHA-256 names: a photo missing or
     * damaged in the programme fails as it would without the cache. Reading and hashing costs a
     * few milliseconds a photo, decoding and encoding it a few hundred.
     */
    private static boolean intact(MediaRef ref, MediaStore store) {
        if (!store.contains(ref)) {
            return false;
        }
        try (InputStream in = store.open(ref)) {
            in.transferTo(OutputStream.nullOutputStream());
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // the encoder reads it again and says what is wrong
        }
    }

    private Optional<EncodedPicture> read(Path entry) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "{0}: cannot read cached picture: {1}", entry, e);
            return Optional.empty();
        }
        Optional<EncodedPicture> picture = parse(bytes);
        if (picture.isEmpty()) {
            LOG.log(Level.INFO, "{0}: damaged cached picture; it is made again", entry);
            deleteQuietly(entry);
        } else {
            try {
                Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
            } catch (IOException e) {
                // only its place in the least-recently-used order is lost
            }
        }
        return picture;
    }

    /** The entry's picture, or empty when it is not a whole entry of this version. */
    static Optional<EncodedPicture> parse(byte[] entry) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC) || in.readInt() != ENCODER_VERSION) {
                return Optional.empty();
            }
            String mediaType = in.readUTF();
            int widthPx = in.readInt();
            int heightPx = in.readInt();
            int length = in.readInt();
            long crc = in.readLong();
            if (length < 0 || length != in.available()) {
                return Optional.empty();
            }
            byte[] bytes = in.readNBytes(length);
            CRC32C check = new CRC32C();
            check.update(bytes);
            if (check.getValue() != crc) {
                return Optional.empty();
            }
            return Optional.of(new EncodedPicture(bytes, mediaType, widthPx, heightPx));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static byte[] format(EncodedPicture picture) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(picture.bytes().length + 128);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeInt(ENCODER_VERSION);
            out.writeUTF(picture.mediaType());
            out.writeInt(picture.widthPx());
            out.writeInt(picture.heightPx());
            out.writeInt(picture.bytes().length);
            CRC32C crc = new CRC32C();
            crc.update(picture.bytes());
            out.writeLong(crc.getValue());
            out.write(picture.bytes());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return buffer.toByteArray();
    }

    private void write(Path entry, EncodedPicture picture) {
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".writing-", ".tmp");
            Files.write(temp, format(picture));
            Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "{0}: cannot keep the picture for later exports: {1}", entry, e);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** Deletes the least recently used entries, and temporary files of interrupted writes, until under the limit. */
    private void trim(long limitBytes) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        record Entry(Path path, long size, FileTime used) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        Instant staleBefore = Instant.now().minusSeconds(3600);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attributes.isRegularFile()) {
                    continue;
                }
                String name = file.getFileName().toString();
                if (name.startsWith(".writing-")) {
                    if (attributes.lastModifiedTime().toInstant().isBefore(staleBefore)) {
                        deleteQuietly(file); // left by an export that was killed
                    }
                } else if (name.endsWith(SUFFIX)) {
                    entries.add(new Entry(file, attributes.size(), attributes.lastModifiedTime()));
                    total += attributes.size();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "{0}: cannot list the picture cache: {1}", folder, e);
            return;
        }
        entries.sort(Comparator.comparing(Entry::used));
        for (Entry e : entries) {
            if (total <= limitBytes) {
                break;
            }
            deleteQuietly(e.path());
            total -= e.size();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "{0}: cannot delete: {1}", file, e);
        }
    }
}
