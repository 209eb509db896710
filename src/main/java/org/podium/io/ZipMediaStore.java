package org.podium.io;

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
        try {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IOException(file + ": " + name + " is missing");
            }
            return new DigestCheckingInputStream(zip.getInputStream(entry), stored.sha256(), maxPhotoBytes,
                    file + ": " + name);
        } catch (IllegalStateException e) {
            throw new IOException(file + ": the file was closed; open it again to read " + name, e);
        }
    }
}
