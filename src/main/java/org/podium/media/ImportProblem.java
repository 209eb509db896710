package org.podium.media;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Objects;

/**
 * Why a file cannot be imported as a photo, in a form any language can be made from: a kind and
 * the kind's arguments (documented on each kind), plus the English sentence for logs and the
 * command line. The file is not part of it; whoever reports the problem names the file first.
 *
 * @param kind      what is wrong
 * @param arguments the kind's values, in the order its documentation gives; never null
 * @param detail    the problem and what to do in English, without the file's name
 */
public record ImportProblem(Kind kind, List<Object> arguments, String detail) {

    /** What is wrong with a file, each with what a person can do about it. */
    public enum Kind {
        /** The file is not there (any more). No arguments. */
        MISSING,
        /** The file could not be read (permissions, a disk or network error). Argument: the system's reason. */
        UNREADABLE,
        /** The file has no bytes. No arguments. */
        EMPTY,
        /** More bytes than Podium takes. Arguments: the file's size in MiB, the limit in MiB. */
        FILE_TOO_LARGE,
        /** An HEIC/HEIF photo, as iPhones take. No arguments. */
        HEIC,
        /** An AVIF picture. No arguments. */
        AVIF,
        /** An ISO media file that is no picture (a video, a sound). No arguments. */
        VIDEO,
        /** A WebP picture, as chat apps and web pages send. No arguments. */
        WEBP,
        /** A TIFF or a camera RAW file. No arguments. */
        TIFF_OR_RAW,
        /** A PDF document. No arguments. */
        PDF,
        /** Not any picture format Podium knows. No arguments. */
        NOT_A_PHOTO,
        /** This Java runtime has no reader for the format. Argument: the format, e.g. "JPEG". */
        NO_READER,
        /** A lossless or 12-bit JPEG, which the JDK's reader does not decode. No arguments. */
        UNSUPPORTED_JPEG_VARIANT,
        /** The header is truncated or damaged. Argument: the format, e.g. "PNG". */
        DAMAGED,
        /** The header gives a width or height of zero. Argument: the format, e.g. "BMP". */
        NO_PICTURE_SIZE,
        /**
         * More pixels than Podium shows. Arguments: width in pixels, height in pixels, megapixels
         * (rounded), the limit in megapixels.
         */
        TOO_LARGE
    }

    public ImportProblem {
        Objects.requireNonNull(kind, "kind");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(detail, "detail");
    }

    /** A problem with its arguments, e.g. {@code ImportProblem.of(Kind.DAMAGED, "the PNG header …", "PNG")}. */
    public static ImportProblem of(Kind kind, String detail, Object... arguments) {
        return new ImportProblem(kind, List.of(arguments), detail);
    }

    /**
     * The problem behind a failed import: the probe's own, a missing file, or else an unreadable
     * file with the system's reason.
     */
    public static ImportProblem of(IOException failure) {
        if (failure instanceof PhotoImportException refused) {
            return refused.problem();
        }
        if (failure instanceof NoSuchFileException) {
            return of(Kind.MISSING, "no such file");
        }
        // a FileSystemException's message is the path, which the reporter names already
        String reason = failure instanceof FileSystemException fs ? fs.getReason() : failure.getMessage();
        if (reason == null || reason.isBlank()) {
            reason = failure.getClass().getSimpleName();
        }
        return of(Kind.UNREADABLE, "the file cannot be read: " + reason, reason);
    }
}
