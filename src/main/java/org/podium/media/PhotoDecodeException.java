package org.podium.media;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A photo that cannot be shown, with a message a person understands: it names the photo by the
 * file name the organiser imported and says what is wrong and, where there is one, what to do.
 * Whoever catches it shows {@link PhotoPlaceholder} instead of the photo.
 */
public final class PhotoDecodeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The short reasons drawn on placeholders, in three languages. */
    private static final String REASONS_BUNDLE = "org.podium.media.reasons";

    /** What went wrong, for a translated short text or a decision to retry. */
    public enum Reason {
        /** The photo's bytes are not in the programme file or no longer on disk. */
        MISSING("photo missing"),
        /** The bytes are there but could not be read (a disk or permission error). */
        UNREADABLE("cannot be read"),
        /** Not a format Podium shows (HEIC, WebP, TIFF, …) or a variant the reader does not handle. */
        UNSUPPORTED("format not supported"),
        /** More pixels than Podium decodes. */
        TOO_LARGE("too many pixels"),
        /** Truncated or corrupt data. */
        DAMAGED("damaged or incomplete"),
        /** A JPEG in printers' colours that this runtime cannot convert. */
        CMYK("CMYK JPEG");

        private final String shortText;

        Reason(String shortText) {
            this.shortText = shortText;
        }

        /** A few English words for a placeholder, e.g. "damaged or incomplete". */
        public String shortText() {
            return shortText;
        }

        /**
         * The few words for a placeholder in {@code locale}'s language (English, Simplified or
         * Traditional Chinese), e.g. 「檔案損毀或不完整」; English when there is no translation.
         */
        public String shortText(Locale locale) {
            try {
                return ResourceBundle.getBundle(REASONS_BUNDLE, locale).getString("reason." + name());
            } catch (MissingResourceException e) {
                return shortText;
            }
        }
    }

    private final String photoName;
    private final Reason reason;
    private final String detail;

    /**
     * @param photoName the original file name, e.g. {@code 合唱.jpg}
     * @param detail    the problem and what to do, without the name, e.g. {@code the file is cut short}
     */
    public PhotoDecodeException(String photoName, Reason reason, String detail, Throwable cause) {
        super(photoName + ": " + detail, cause);
        this.photoName = Objects.requireNonNull(photoName, "photoName");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    public PhotoDecodeException(String photoName, Reason reason, String detail) {
        this(photoName, reason, detail, null);
    }

    public String photoName() {
        return photoName;
    }

    public Reason reason() {
        return reason;
    }

    /** The message without the photo's name. */
    public String detail() {
        return detail;
    }
}
