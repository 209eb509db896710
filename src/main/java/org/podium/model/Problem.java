package org.podium.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Something wrong with a programme, said so a person understands it. The text comes from the
 * {@code org.podium.model.problems} bundle in the user's language.
 *
 * @param severity an error stops the file from being valid; a warning is shown but allowed
 * @param key      message key in the bundle, e.g. {@code problem.segment.untitled}
 * @param args     MessageFormat arguments, already strings
 * @param segment  segment concerned, or {@code null}
 * @param slide    slide concerned, or {@code null}
 */
public record Problem(Severity severity, String key, List<String> args, SegmentId segment, SlideId slide) {

    public enum Severity { ERROR, WARNING }

    private static final String BUNDLE = "org.podium.model.problems";

    public Problem {
        args = List.copyOf(args);
    }

    public static Problem error(String key, SegmentId segment, SlideId slide, Object... args) {
        return new Problem(Severity.ERROR, key, strings(args), segment, slide);
    }

    public static Problem warning(String key, SegmentId segment, SlideId slide, Object... args) {
        return new Problem(Severity.WARNING, key, strings(args), segment, slide);
    }

    private static List<String> strings(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public String message(Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key + " " + args;
        }
        return new MessageFormat(pattern, locale).format(args.toArray());
    }

    /** The message in the default locale. */
    public String message() {
        return message(Locale.getDefault());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
