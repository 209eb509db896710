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

    @Override
    public InputStream open(MediaRef ref) throws IOException {
        MediaRef stored = mediaBySha.get(ref.sha256());
        if (stored == null) {
            throw new IOException(file + ": holds no photo " + ref.originalName() + " (" + ref.sha256() + ")");
        }
        String name = entryName(stored);
        String source = file + ": " + name;
        InputStream bytes;
        long declaredBytes;
        try {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IOException(source + " is missing");
            }
            bytes = zip.getInputStream(entry);
            declaredBytes = entry.getSize();
        } catch (IllegalStateException e) {
            throw new IOException(file + ": the file was closed; open it again to read " + name, e);
        } catch (IOException e) {
            throw damaged(source, e);
        }
        // an entry inflating past the size it declares is damaged or a zip bomb: stop there, not at the limit
        long maxBytes = declaredBytes >= 0 ? Math.min(declaredBytes, maxPhotoBytes) : maxPhotoBytes;
        return new DigestCheckingInputStream(new Naming(bytes, source), stored.sha256(), maxBytes, source);
    }

    private static IOException damaged(String source, IOException e) {
        if (e.getMessage() != null && e.getMessage().startsWith(source)) {
            return e;
        }
        return new IOException(source + " is damaged: " + PodiumReader.describe(e), e);
    }

    /** The zip's own read errors ("invalid LOC header", "invalid distance too far back") with the file and entry. */
    private static final class Naming extends FilterInputStream {

        private final String source;

        Naming(InputStream in, String source) {
            super(in);
            this.source = source;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw damaged(source, e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return in.read(buffer, offset, length);
            } catch (IOException e) {
                throw damaged(source, e);
            }
        }
    }
}
