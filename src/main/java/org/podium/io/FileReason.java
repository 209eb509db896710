package org.podium.io;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.podium.files.Sentences;

/**
 * Why a {@code .podium} file cannot be read or written, without the file's name (whoever shows it
 * puts the name in front): a {@link Kind} and its arguments, said in English, Simplified or
 * Traditional Chinese from the {@code org.podium.io.reasons} bundle. An argument is either plain
 * text that is never translated (a JSON path, a number, an entry name, what the system or the JSON
 * reader said) or a nested reason, said in the same language.
 *
 * @param args exactly {@link Kind#arity()} of them, each a {@code String} or a {@code FileReason}
 */
public record FileReason(Kind kind, List<Object> args) implements Sentences.Said {

    private static final String BUNDLE = "org.podium.io.reasons";

    /**
     * Every reason Podium gives. The bundle key is {@code reason.<NAME>}; the English of the root
     * bundle is what {@link PodiumFileException#getMessage()} says, so logs and tests read English.
     */
    public enum Kind {
        // opening the archive
        FOLDER(0), NO_SUCH_FILE(0), NOT_A_ZIP(1), CANNOT_OPEN(1), ENDS_TOO_EARLY(0),
        ENTRY_OUTSIDE_ARCHIVE(1), ENTRY_TWICE(1), ENTRY_UNEXPECTED(1), PROGRAMME_JSON_MISSING(0),
        ENTRIES_OVERLAP(2), ENTRY_TOO_LARGE(3), SIZE_MIB(1), SIZE_BYTES(1),
        PROGRAMME_JSON_DAMAGED(1), PROGRAMME_JSON_INFLATES(2), PROGRAMME_JSON_CRC(0),
        MEDIA_MISSING(2), MEDIA_UNLISTED(1),
        // programme.json as a whole
        NOT_UTF8(0), NOT_AN_OBJECT(0), NO_FORMAT_VERSION(0), BAD_FORMAT_VERSION(1),
        NEWER_VERSION(3), NEWER_VERSION_BY_UNKNOWN(2), MIGRATION_STEP_FAILED(3), MIGRATION_NOT_AN_OBJECT(1),
        IN_PROGRAMME_JSON(1),
        // one value of programme.json: {0} is what is wrong with it, {1} its JSON path
        VALUE(2), VALUE_AT_LINE(4), VALUE_AFTER_UPGRADE(3),
        NOT_JSON(1), TEXT_TOO_LONG(1), NESTED_TOO_DEEP(1), NUMBER_TOO_LONG(1), OVER_LIMIT(2), OVER_LIMITS(0),
        SLIDE_WITHOUT_KIND(1), UNKNOWN_SLIDE_KIND(2), UNKNOWN_FIELD(1),
        EXPECTED_STRING(0), EXPECTED_WHOLE_NUMBER(0), EXPECTED_NUMBER(0), EXPECTED_LIST(0), EXPECTED_OBJECT(0),
        MEDIA_LISTED_TWICE(1), PHOTO_NOT_IN_MEDIA_TABLE(1), FIELD_MISSING(1), NOT_A_DURATION(1),
        NOT_A_DATE(1), NOT_A_TIME(1), NOT_A_FIT(1),
        // a photo's bytes, read from the file or for a save: {0} its original name, {1} its entry or file
        PHOTO_NOT_STORED(2), PHOTO_MISSING(2), PHOTO_FILE_CLOSED(2), PHOTO_DAMAGED(3), PHOTO_CHANGED(2),
        PHOTO_TOO_LARGE(3), PHOTO_UNREADABLE(3),
        // saving
        PHOTOS_UNAVAILABLE(1), PROGRAMME_JSON_TOO_LARGE(2), FOLDER_MISSING(1), NO_WRITE_PERMISSION(1),
        DISK_FULL(0), NOT_SAVED(1), PHOTO_FILE_GONE(2), IN_SOURCE_FILE(2);

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

    public FileReason {
        Objects.requireNonNull(kind, "kind");
        args = Sentences.arguments(kind, kind.arity(), args);
    }

    /**
     * A reason; arguments other than reasons become text as {@link String#valueOf} writes them, so
     * numbers keep the digits the English always showed (4096, not 4,096).
     */
    public static FileReason of(Kind kind, Object... args) {
        return new FileReason(kind, Sentences.texts(args));
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
