package org.podium.files;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The sentences of a reason (why a file cannot be read, why an export failed) in English,
 * Simplified or Traditional Chinese: one pattern per kind, {@code reason.<KIND>} in a bundle, and
 * arguments that are either plain text, never translated (a path, a number, what the system said),
 * or another reason, said in the same language. Shared by {@code io.FileReason} and
 * {@code export.ExportReason}, which keep their own kinds and bundles.
 */
public final class Sentences {

    /** A reason that can be said in a language; may be the argument of another one. */
    public interface Said {
        String text(Locale locale);
    }

    private Sentences() {
    }

    /**
     * {@code args} copied, after checking there are {@code arity} of them and each is text or a
     * {@link Said} reason.
     *
     * @throws IllegalArgumentException naming {@code kind} otherwise
     */
    public static List<Object> arguments(Enum<?> kind, int arity, List<Object> args) {
        Objects.requireNonNull(kind, "kind");
        List<Object> copy = List.copyOf(args);
        if (copy.size() != arity) {
            throw new IllegalArgumentException(kind + " takes " + arity + " arguments, not " + copy.size());
        }
        for (Object arg : copy) {
            if (!(arg instanceof String || arg instanceof Said)) {
                throw new IllegalArgumentException(kind + ": an argument is text or a reason, not " + arg.getClass());
            }
        }
        return copy;
    }

    /**
     * Arguments other than reasons as text, as {@link String#valueOf} writes them, so numbers keep
     * the digits the English always showed (4096, not 4,096).
     */
    public static List<Object> texts(Object... args) {
        List<Object> texts = new ArrayList<>(args.length);
        for (Object arg : args) {
            texts.add(arg instanceof Said ? arg : String.valueOf(arg));
        }
        return texts;
    }

    /**
     * The sentence for {@code kind} in {@code locale}'s language: English, Simplified ({@code zh},
     * {@code zh-CN}) or Traditional Chinese ({@code zh-Hant}, {@code zh-TW}, {@code zh-HK}). Any
     * other language reads English, whatever the JVM's default locale, so {@code Locale.ROOT}
     * gives English everywhere.
     */
    public static String say(String bundle, Enum<?> kind, List<Object> args, Locale locale) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            Object arg = args.get(i);
            values[i] = arg instanceof Said nested ? nested.text(locale) : arg;
        }
        return new MessageFormat(pattern(bundle, kind, args.size(), locale), locale).format(values);
    }

    private static String pattern(String bundle, Enum<?> kind, int arity, Locale locale) {
        try {
            return ResourceBundle.getBundle(bundle, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("reason." + kind.name());
        } catch (MissingResourceException e) {
            // a jar without the bundle still names the problem, if tersely
            StringBuilder pattern = new StringBuilder(kind.name());
            for (int i = 0; i < arity; i++) {
                pattern.append(" {").append(i).append('}');
            }
            return pattern.toString();
        }
    }
}
