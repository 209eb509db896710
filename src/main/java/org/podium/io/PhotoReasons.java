package org.podium.io;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import org.podium.io.FileReason.Kind;
import org.podium.media.PhotoBytesException;
import org.podium.model.MediaRef;

/** Why a photo's bytes cannot be read, as a {@link FileReason} that names the photo. */
final class PhotoReasons {

    private PhotoReasons() {
    }

    /** The name the organiser knows the photo by: its original file name, else the start of its hash. */
    static String name(MediaRef ref) {
        return ref.originalName().isBlank() ? ref.sha256().substring(0, 12) : ref.originalName();
    }

    /**
     * What went wrong reading the bytes of {@code ref} at {@code where} (its entry, or a file on
     * disk): the reason a file or the media package already gave, a photo no longer on disk, or
     * else the system's words in {@code unreadable}'s sentence.
     *
     * @param unreadable {@link Kind#PHOTO_DAMAGED} for a zip entry that fails to inflate,
     *                   {@link Kind#PHOTO_UNREADABLE} otherwise
     */
    static FileReason of(IOException e, MediaRef ref, String where, Kind unreadable) {
        if (e instanceof PodiumFileException refused) {
            return refused.reason();
        }
        if (e instanceof PhotoBytesException bytes) {
            return bytes.kind() == PhotoBytesException.Kind.CHANGED
                    ? FileReason.of(Kind.PHOTO_CHANGED, bytes.photoName(), bytes.where())
                    : FileReason.of(Kind.PHOTO_TOO_LARGE, bytes.photoName(), bytes.where(), bytes.limitBytes());
        }
        if (e instanceof NoSuchFileException gone) {
            return FileReason.of(Kind.PHOTO_FILE_GONE, name(ref), gone.getFile() == null ? where : gone.getFile());
        }
        return new FileReason(unreadable, List.of(name(ref), where, PodiumReader.detail(e)));
    }
}
