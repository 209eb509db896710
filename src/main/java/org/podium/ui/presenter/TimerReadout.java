package org.podium.ui.presenter;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The console's clocks at one instant.
 *
 * @param now              wall-clock time of day
 * @param segmentElapsed   time spent on the current segment
 * @param segmentPlanned   the segment's planned duration, if planned
 * @param scheduleOffset   how far the programme runs behind its plan (negative: ahead); empty
 *                         without a start time
 * @param untilStart       time left before the programme's start time; empty once started or
 *                         without a start time
 */
public record TimerReadout(LocalTime now, Duration segmentElapsed, Optional<Duration> segmentPlanned,
                           Optional<Duration> scheduleOffset, Optional<Duration> untilStart) {

    /** True once the segment has run longer than planned. */
    public boolean overrun() {
        return segmentPlanned.map(planned -> segmentElapsed.compareTo(planned) > 0).orElse(false);
    }
}
