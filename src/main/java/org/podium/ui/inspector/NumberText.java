package org.podium.ui.inspector;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** Minutes and seconds typed as text: blank means "not set"; anything else must be a number in range. */
final class NumberText {

    /** A segment longer than ten hours is a typing mistake. */
    static final long MAX_MINUTES = 600;
    static final long MAX_SECONDS = 3600;

    private NumberText() {
    }

    /** Whole or decimal minutes (6, 2.5, "2,5"), 0–600; empty Optional for blank. */
    static Optional<Duration> minutes(String text) {
        return parse(text, 60, MAX_MINUTES, true);
    }

    /** Seconds above 0 up to an hour; empty Optional for blank. */
    static Optional<Duration> seconds(String text) {
        return parse(text, 1, MAX_SECONDS, false);
    }

    static boolean validMinutes(String text) {
        return valid(text, 60, MAX_MINUTES, true);
    }

    static boolean validSeconds(String text) {
        return valid(text, 1, MAX_SECONDS, false);
    }

    private static boolean valid(String text, int secondsPerUnit, long max, boolean zeroAllowed) {
        try {
            parse(text, secondsPerUnit, max, zeroAllowed);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<Duration> parse(String text, int secondsPerUnit, long max, boolean zeroAllowed) {
        String s = text.strip().replace(',', '.');
        if (s.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text, e);
        }
        if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0) || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new IllegalArgumentException("out of range: " + text);
        }
        long seconds = value.multiply(BigDecimal.valueOf(secondsPerUnit)).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
        if (!zeroAllowed && seconds == 0) {
            throw new IllegalArgumentException("rounds to nothing: " + text);
        }
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** "6", "2.5"; empty for {@code null}. */
    static String formatMinutes(Duration duration) {
        return duration == null ? "" : plain(BigDecimal.valueOf(duration.getSeconds()).divide(BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP));
    }

    static String formatSeconds(Duration duration) {
        return duration == null ? "" : String.valueOf(duration.getSeconds());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
