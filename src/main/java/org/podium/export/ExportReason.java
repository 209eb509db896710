package org.podium.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.podium.files.Sentences;

/**
 * Why an export failed, without the target's name (whoever shows it puts the name in front): a
 * {@link Kind} and its arguments, said in English, Simplified or Traditional Chinese from the
 * {@code org.podium.export.reasons} bundle, as {@code io.FileReason} (export may not use io; both
 * make their sentences with {@link Sentences}): an argument is either plain text that is never
 * translated (a folder, a photo's name, what the system or a library said) or a nested reason,
 * said in the same language.
 *
 * @param args exactly {@link Kind#arity()} of them, each a {@code String} or an {@code ExportReason}
 */
public record ExportReason(Kind kind, List<Object> args) implements Sentences.Said {

    private static final String BUNDLE = "org.podium.export.reasons";

    /**
     * Every reason an export gives. The bundle key is {@code reason.<NAME>}; the English of the
     * root bundle is what {@link ExportException#getMessage()} says, so logs and tests read English.
     */
    public enum Kind {
        // what was not written: {0} is why
        NOT_EXPORTED(1), SHEET_NOT_WRITTEN(1), HANDOUTS_NOT_WRITTEN(1),
        // the target's folder and the target itself
        FOLDER_MISSING(1), FOLDER_IS_FILE(1), FOLDER_IN_THE_WAY(0), NO_WRITE_PERMISSION(1), NO_PERMISSION(1),
        CANNOT_WRITE_IN_FOLDER(2), CANNOT_REPLACE(1), DISK_FULL(1),
        // what goes into the file
        PHOTOS_UNAVAILABLE(1), PHOTO_FAILED(2), NO_CJK_FONT(1), NO_USABLE_CJK_FONT(2),
        // a photo that cannot be decoded for the deck: {0} is its name
        PHOTO_MISSING(1), PHOTO_UNREADABLE(1), PHOTO_UNSUPPORTED(1), PHOTO_TOO_LARGE(1), PHOTO_DAMAGED(1),
        PHOTO_CMYK(1),
        // the system's or a library's own words, shown as they are
        OTHER(1);

        private final int arity;

        Kind(int arity) {
            this.arity = arity;
        }

        /** How many arguments, {@code {0}} … {@code {arity - 1}}, its texts take. */
        public int arity() {
            return arity;
        }

        public String key() {
            return "reason." + name();
        }
    }

    public ExportReason {
        Objects.requireNonNull(kind, "kind");
        args = Sentences.arguments(kind, kind.arity(), args);
    }

    /** A reason; arguments other than reasons become text as {@link String#valueOf} writes them. */
    public static ExportReason of(Kind kind, Object... args) {
        return new ExportReason(kind, Sentences.texts(args));
    }

    /**
     * What {@code thrown} says: its reason when it is an {@link ExportException}, else the system's
     * or library's words ({@link #ofWords(String)}).
     */
    public static ExportReason from(Throwable thrown) {
        if (thrown instanceof ExportException export) {
            return export.reason();
        }
        return ofWords(thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage());
    }

    /**
     * The system's or a library's words: {@link Kind#DISK_FULL} when they say the disk is full
     * (Java has no exception type for it; Linux and macOS, Windows), else {@link Kind#OTHER}.
     */
    public static ExportReason ofWords(String words) {
        boolean full = words.contains("No space left on device") || words.contains("There is not enough space on the disk");
        return of(full ? Kind.DISK_FULL : Kind.OTHER, words);
    }

    /**
     * The reason in {@code locale}'s language: English, Simplified ({@code zh}, {@code zh-CN}) or
     * Traditional Chinese ({@code zh-Hant}, {@code zh-TW}, {@code zh-HK}). Any other language reads
     * English, whatever the JVM's default locale, so {@link #english()} is English everywhere.
     */
    @Override
    public String text(Locale locale) {
        return Sentences.say(BUNDLE, kind, args, locale);
    }

    public String english() {
        return text(Locale.ROOT);
    }
}
