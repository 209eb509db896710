package org.podium.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.podium.io.MediaProblem;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.io.PodiumFileException;
import org.podium.media.PhotoDecodeException;
import org.podium.media.PhotoDecoder;
import org.podium.media.PhotoRequest;
import org.podium.model.MediaRef;

/**
 * Opens one file the way the app and {@code podium validate} do: {@link PodiumFile#read}, then
 * {@link PodiumFile#verifyMedia}, then every photo on a slide decoded for a 64-pixel thumbnail.
 * Says how it ended; anything but success or a documented, well-worded refusal is a failure.
 */
final class LoaderProbe {

    enum Ending { ACCEPTED, MEDIA_PROBLEMS, PHOTO_REFUSED, REFUSED, FAILURE }

    /**
     * @param kind   the message with its particulars (names, numbers, paths, hashes) blanked, to count
     *               refusals by the kind of problem they report
     * @param detail the full message, or for a failure what was wrong
     */
    record Outcome(Ending ending, String kind, String detail, Throwable failure, int photosDecoded,
                   int photosRefused) {
        Outcome(Ending ending, String kind, String detail) {
            this(ending, kind, detail, null, 0, 0);
        }

        static Outcome failure(String what, Throwable cause) {
            return new Outcome(Ending.FAILURE, what, what + (cause == null ? "" : ": " + cause), cause, 0, 0);
        }
    }

    private static final PhotoRequest THUMBNAIL = PhotoRequest.contain(64, 64);
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{16,}");
    private static final Pattern JSON_PATH = Pattern.compile("\\$[^ ]*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final PhotoDecoder decoder = new PhotoDecoder();

    Outcome open(Path file) {
        try (OpenedProgramme opened = PodiumFile.read(file)) {
            List<MediaProblem> problems = PodiumFile.verifyMedia(opened);
            for (MediaProblem problem : problems) {
                if (problem.message() == null || !problem.message().startsWith(file + ": ")
                        || problem.message().length() <= file.toString().length() + 2) {
                    return Outcome.failure("media problem without the file's name: " + problem.message(), null);
                }
            }
            String photoRefusal = null;
            int decoded = 0;
            int refused = 0;
            for (MediaRef ref : opened.programme().media()) {
                try {
                    decoder.decode(ref, opened.media(), THUMBNAIL);
                    decoded++;
                } catch (PhotoDecodeException e) {
                    if (e.getMessage() == null || !e.getMessage().startsWith(ref.originalName() + ": ")
                            || e.detail().isBlank()) {
                        return Outcome.failure("photo refusal without the photo's name: " + e.getMessage(), e);
                    }
                    photoRefusal = e.reason() + " " + kind(e.detail(), file);
                    refused++;
                }
            }
            if (!problems.isEmpty()) {
                return new Outcome(Ending.MEDIA_PROBLEMS, kind(problems.get(0).message(), file),
                        problems.get(0).message(), null, decoded, refused);
            }
            if (photoRefusal != null) {
                return new Outcome(Ending.PHOTO_REFUSED, photoRefusal, photoRefusal, null, decoded, refused);
            }
            return new Outcome(Ending.ACCEPTED, "accepted", "", null, decoded, refused);
        } catch (PodiumFileException e) {
            String message = e.getMessage();
            if (message == null || !message.startsWith(file + ": ") || message.substring(file.toString().length() + 2).isBlank()
                    || !file.equals(e.file())) {
                return Outcome.failure("refusal that does not name the file: " + message, e);
            }
            return new Outcome(Ending.REFUSED, kind(message, file), message);
        } catch (Throwable e) {
            // everything else, Errors included, is what this probe exists to find
            return Outcome.failure("unexpected " + e.getClass().getName(), e);
        }
    }

    /** "programme.json: expected a string at $.programme.title (line 4, column 14)" → "programme.json: expected a string". */
    static String kind(String message, Path file) {
        String text = message.startsWith(file + ": ") ? message.substring(file.toString().length() + 2) : message;
        text = text.replace(file.toString(), "<file>");
        text = QUOTED.matcher(text).replaceAll("\"…\"");
        text = HEX.matcher(text).replaceAll("<hex>");
        text = JSON_PATH.matcher(text).replaceAll("\\$");
        text = NUMBER.matcher(text).replaceAll("N");
        int cut = indexOfAny(text, " (line", " at $", "; ", " (");
        text = cut > 0 ? text.substring(0, cut) : text;
        return text.length() > 90 ? text.substring(0, 90) + "…" : text;
    }

    private static int indexOfAny(String text, String... needles) {
        int best = -1;
        for (String needle : needles) {
            int at = text.indexOf(needle);
            if (at > 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
