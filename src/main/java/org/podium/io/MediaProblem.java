package org.podium.io;

import java.nio.file.Path;
import java.util.Locale;
import org.podium.model.MediaRef;

/**
 * A photo inside a {@code .podium} file whose bytes cannot be read or do not match their SHA-256.
 *
 * @param file   the programme file
 * @param media  the photo, as the media table lists it
 * @param entry  its archive entry, e.g. {@code media/3f…a1.jpg}
 * @param reason what is wrong and what to do, naming the photo and its entry
 */
public record MediaProblem(Path file, MediaRef media, String entry, FileReason reason) {

    /** The file, the photo, its entry and the problem, in English, for logs. */
    public String message() {
        return file + ": " + reason.english();
    }

    /** The problem in {@code locale}'s language, without the file's name, e.g. 「照片「合唱.jpg」（media/…）已損毀…」. */
    public String text(Locale locale) {
        return reason.text(locale);
    }
}
