package org.podium.cli;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the command line, from {@code org.podium.cli.messages} in the JVM's default language:
 * root = English, {@code _zh} = Simplified, {@code _zh_Hant} = Traditional Chinese. The same
 * bundle holds picocli's usage texts.
 */
final class CliMessages {

    static final String BUNDLE = "org.podium.cli.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private CliMessages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    static CliMessages load(Locale locale) {
        return new CliMessages(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    Locale locale() {
        return locale;
    }

    /** "1 h 05 min", "6 min", "45 s". */
    String duration(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds >= 3600) {
            return get("duration.hoursMinutes", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return seconds % 60 == 0 ? get("duration.minutes", seconds / 60)
                    : get("duration.minutesSeconds", seconds / 60, seconds % 60);
        }
        return get("duration.seconds", seconds);
    }
}
