package org.podium.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.podium.media.MediaStore;
import org.podium.model.MediaRef;
import org.podium.model.Programme;

/** Reading and writing {@code .podium} files (see docs/file-format.md). */
public final class PodiumFile {

    /** The extension of programme files, with its dot. */
    public static final String EXTENSION = ".podium";

    private PodiumFile() {
    }

    /**
     * Opens and checks a {@code .podium} file; large media are not read into memory. The returned
     * programme keeps the file open for its photos: close it.
     *
     * @throws PodiumFileException naming the file and what is wrong: not a zip, a hostile or
     *                             unexpected entry, an entry over the limits, bad JSON (with path
     *                             and line), a newer format version, a photo missing or unlisted
     */
    public static OpenedProgramme read(Path file) throws PodiumFileException {
        return read(file, Limits.DEFAULT, Migrations.production());
    }

    static ZipOpenedProgramme read(Path file, Limits limits, Migrations migrations) throws PodiumFileException {
        return PodiumReader.read(file, limits, migrations);
    }

    /**
     * Writes {@code programme} with every photo it uses, taken from {@code media}, atomically: a temp
     * file beside the target, fsync, then a move. An interrupted write leaves the previous file intact.
     * {@code media} may read from the very file being replaced.
     *
     * @throws PodiumFileException naming the target, when a photo is not in {@code media}, its bytes
     *                             do not match its hash, or the disk fails; nothing is changed then
     */
    public static void write(Path target, Programme programme, MediaStore media) throws IOException {
        write(target, programme, media, Limits.DEFAULT);
    }

    static void write(Path target, Programme programme, MediaStore media, Limits limits) throws PodiumFileException {
        PodiumWriter.write(target, programme, media, PodiumVersion.writtenBy(), limits);
    }

    /**
     * Reads every photo in the file to its end and checks it against its SHA-256; slow for large
     * files, so only for an explicit check (the command line's {@code validate}).
     *
     * @return one problem per damaged or unreadable photo, naming it; empty when all are sound
     */
    public static List<MediaProblem> verifyMedia(OpenedProgramme opened) {
        List<MediaRef> media = opened instanceof ZipOpenedProgramme zip
                ? zip.zipMedia().listed() : opened.programme().media();
        List<MediaProblem> problems = new ArrayList<>();
        byte[] buffer = new byte[64 * 1024];
        for (MediaRef ref : media) {
            try (InputStream in = opened.media().open(ref)) {
                while (in.read(buffer) >= 0) {
                    // reading to the end makes the stream check the hash
                }
            } catch (IOException e) {
                String entry = ZipMediaStore.entryName(ref);
                problems.add(new MediaProblem(opened.file(), ref, entry,
                        PhotoReasons.of(e, ref, entry, FileReason.Kind.PHOTO_UNREADABLE)));
            }
        }
        return List.copyOf(problems);
    }

    /**
     * Every error of one file, for reporting file by file: the reason it cannot be opened, or else
     * one message per damaged photo. Each message names the file. Empty when the file is sound.
     * Checks the file only; {@code ProgrammeValidator} checks the programme's content.
     */
    public static List<String> check(Path file) {
        try (OpenedProgramme opened = read(file)) {
            return verifyMedia(opened).stream().map(MediaProblem::message).toList();
        } catch (IOException e) {
            return List.of(e.getMessage());
        }
    }
}
