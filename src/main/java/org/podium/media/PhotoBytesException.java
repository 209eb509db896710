package org.podium.media;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A stored photo's bytes that cannot be used: they no longer hash to the SHA-256 that names them,
 * or there are more of them than there may be. Said in English, Simplified or Traditional Chinese
 * from the {@code org.podium.media.reasons} bundle (keys {@code bytes.<KIND>}), naming the photo by
 * the file name the organiser imported and where its bytes are, and saying what to do. The
 * message is the English, whatever the JVM's default locale, for logs.
 */
public final class PhotoBytesException extends IOException {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.podium.media.reasons";

    /** What is wrong with the bytes. */
    public enum Kind {
        /** They do not hash to the photo's SHA-256: changed on disk after import, or damaged. */
        CHANGED,
        /** More bytes than {@link #limitBytes()}: a damaged zip entry inflating on, or a swapped file. */
        TOO_LARGE;

        public String key() {
            return "bytes." + name();
        }
    }

    private final Kind kind;
    private final String photoName;
    private final String where;
    private final long limitBytes;

    /**
     * @param photoName  the photo's original file name, e.g. {@code 合唱.jpg}
     * @param where      where the bytes are: an archive entry ({@code media/3f…a1.jpg}), a file on disk
     * @param limitBytes the most bytes the photo may have; only shown for {@link Kind#TOO_LARGE}
     */
    public PhotoBytesException(Kind kind, String photoName, String where, long limitBytes) {
        super(text(kind, photoName, where, limitBytes, Locale.ROOT));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.photoName = Objects.requireNonNull(photoName, "photoName");
        this.where = Objects.requireNonNull(where, "where");
        this.limitBytes = limitBytes;
    }

    public Kind kind() {
        return kind;
    }

    public String photoName() {
        return photoName;
    }

    public String where() {
        return where;
    }

    public long limitBytes() {
        return limitBytes;
    }

    /**
     * The whole sentence in {@code locale}'s language: English, Simplified ({@code zh},
     * {@code zh-CN}) or Traditional Chinese ({@code zh-Hant}, {@code zh-TW}); any other language
     * reads English.
     */
    public String text(Locale locale) {
        return text(kind, photoName, where, limitBytes, locale);
    }

    private static String text(Kind kind, String photoName, String where, long limitBytes, Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(kind.key());
        } catch (MissingResourceException e) {
            pattern = kind.name() + " {0} ({1}) {2}";
        }
        // the limit as plain digits, as the English always showed it (4096, not 4,096)
        return new MessageFormat(pattern, locale).format(new Object[] {photoName, where, String.valueOf(limitBytes)});
    }
}
