package org.podium.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.podium.io.FileReason.Kind;
import org.podium.media.DigestCheckingInputStream;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;

/**
 * The photos inside an opened {@code .podium} file, streamed from the zip on demand. Every stream
 * checks the bytes against the entry's SHA-256 when read to the end.
 */
final class ZipMediaStore implements MediaStore {

    private final Path file;
    private final ZipFile zip;
    private final Map<String, MediaRef> mediaBySha;
    private final long maxPhotoBytes;

    ZipMediaStore(Path file, ZipFile zip, Map<String, MediaRef> mediaBySha, long maxPhotoBytes) {
        this.file = file;
        this.zip = zip;
        this.mediaBySha = Collections.unmodifiableMap(new LinkedHashMap<>(mediaBySha));
        this.maxPhotoBytes = maxPhotoBytes;
    }

    /** Everything the media table lists, whether or not a slide shows it, in table order. */
    List<MediaRef> listed() {
        return List.copyOf(mediaBySha.values());
    }

    static String entryName(MediaRef ref) {
        return ArchiveLayout.MEDIA_FOLDER + ref.fileName();
    }

    @Override
    public boolean contains(MediaRef ref) {
        return mediaBySha.containsKey(ref.sha256());
    }

    /**
     * A stream over the photo's entry. Everything that goes wrong, on opening or while reading, is
     * a {@link PodiumFileException} naming this file and a reason naming the photo and its entry.
     */
    @Override
    public InputStream open(MediaRef ref) throws IOException {
        MediaRef stored = mediaBySha.get(ref.sha256());
        if (stored == null) {
            throw new PodiumFileException(file,
                    FileReason.of(Kind.PHOTO_NOT_STORED, PhotoReasons.name(ref), ref.sha256()));
        }
        String name = entryName(stored);
        InputStream bytes;
        long declaredBytes;
        try {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new PodiumFileException(file,
                        FileReason.of(Kind.PHOTO_MISSING, PhotoReasons.name(stored), name));
            }
            bytes = zip.getInputStream(entry);
            declaredBytes = entry.getSize();
        } catch (IllegalStateException e) {
            throw new PodiumFileException(file,
                    FileReason.of(Kind.PHOTO_FILE_CLOSED, PhotoReasons.name(stored), name), e);
        } catch (IOException e) {
            throw explained(e, stored, name);
        }
        // an entry inflating past the size it declares is damaged or a zip bomb: stop there, not at the limit
        long maxBytes = declaredBytes >= 0 ? Math.min(declaredBytes, maxPhotoBytes) : maxPhotoBytes;
        return new Explaining(new DigestCheckingInputStream(bytes, stored, maxBytes, name), stored, name);
    }

    /** The zip's own words ("invalid LOC header") or the hash check's, as a reason naming file, photo and entry. */
    private PodiumFileException explained(IOException e, MediaRef ref, String name) {
        if (e instanceof PodiumFileException refused) {
            return refused;
        }
        return new PodiumFileException(file, PhotoReasons.of(e, ref, name, Kind.PHOTO_DAMAGED), e);
    }

    /** Turns every read error into {@link #explained}'s. */
    private final class Explaining extends FilterInputStream {

        private final MediaRef ref;
        private final String name;

        Explaining(InputStream in, MediaRef ref, String name) {
            super(in);
            this.ref = ref;
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw explained(e, ref, name);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return in.read(buffer, offset, length);
            } catch (IOException e) {
                throw explained(e, ref, name);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            try {
                return in.skip(n);
            } catch (IOException e) {
                throw explained(e, ref, name);
            }
        }
    }
}
