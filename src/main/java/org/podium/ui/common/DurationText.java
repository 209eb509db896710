package org.podium.ui.common;

import java.time.Duration;

/** Durations as people read them in a running order: "6 min", "1 h 05 min", "45 s". */
public final class DurationText {

    private DurationText() {
    }

    public static String format(Messages messages, Duration duration) {
        long totalSeconds = duration.getSeconds();
        long hours = totalSeconds / 3600;
        long minutes = totalSeconds % 3600 / 60;
        long seconds = totalSeconds % 60;
        if (hours > 0) {
            return messages.get("common.duration.hoursMinutes", hours, minutes);
        }
        if (minutes > 0 || seconds == 0) {
            return seconds == 0 ? messages.get("common.duration.minutes", minutes)
                    : messages.get("common.duration.minutesSeconds", minutes, seconds);
        }
        return messages.get("common.duration.seconds", seconds);
    }
}
