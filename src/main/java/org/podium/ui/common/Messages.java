package org.podium.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The UI's visible strings, from the {@code org.podium.ui.messages} bundle: root = English,
 * {@code _zh} = Simplified, {@code _zh_Hant} = Traditional Chinese. Keys are dotted and start with
 * the feature ({@code shell.menu.file}); patterns are {@link MessageFormat}s.
 */
public final class Messages {

    public static final String BUNDLE = "org.podium.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages load(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale), locale);
    }

    /**
     * The text of {@code key} with its placeholders filled; a missing key throws at once. Every
     * pattern goes through {@link MessageFormat}, so {@code ''} is an apostrophe with or without arguments.
     */
    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public Locale locale() {
        return locale;
    }

    /** For {@code FXMLLoader}, which resolves {@code %key} references itself. */
    public ResourceBundle bundle() {
        return bundle;
    }
}
