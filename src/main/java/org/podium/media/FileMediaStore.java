package org.podium.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.podium.model.MediaRef;

/**
 * Photos imported from disk during an editing session, by SHA-256. The files stay where they are
 * until the programme is saved; a file changed after import fails its hash check when read.
 * Safe to use from several threads.
 */
public final class FileMediaStore implements MediaStore {

    private final Map<String, Path> filesBySha256 = new ConcurrentHashMap<>();

    /** Probes {@code file} and remembers it; returns the reference to put on a slide. */
    public MediaRef importFile(Path file) throws IOException {
        MediaRef ref = MediaProbe.probe(file);
        filesBySha256.putIfAbsent(ref.sha256(), file);
        return ref;
    }

    /** Remembers that {@code file} holds the bytes of {@code ref} (already probed). */
    public void put(MediaRef ref, Path file) {
        filesBySha256.put(ref.sha256(), file);
    }

    public Optional<Path> file(MediaRef ref) {
        return Optional.ofNullable(filesBySha256.get(ref.sha256()));
    }

    @Override
    public boolean contains(MediaRef ref) {
        return filesBySha256.containsKey(ref.sha256());
    }

    @Override
    public InputStream open(MediaRef ref) throws IOException {
        Path file = filesBySha256.get(ref.sha256());
        if (file == null) {
            throw new IOException("photo " + ref.originalName() + " (" + ref.sha256() + ") was not imported");
        }
        try {
            return new DigestCheckingInputStream(Files.newInputStream(file), ref, MediaProbe.MAX_PHOTO_BYTES,
                    file.toString());
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null,
                    "the imported photo " + ref.originalName() + " is no longer there");
        }
    }
}
