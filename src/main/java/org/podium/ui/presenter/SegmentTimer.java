package org.podium.ui.presenter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.podium.model.SegmentId;

/**
 * Time spent on each segment while it is on show. Time accumulates per segment, so stepping back
 * into the previous segment for one slide does not reset the current one's timer. The timer is
 * paused while nothing is running (the holding slide before the start).
 */
final class SegmentTimer {

    private final Clock clock;
    private final Map<SegmentId, Duration> spent = new HashMap<>();
    private SegmentId running;
    private Instant since;

    SegmentTimer(Clock clock) {
        this.clock = clock;
    }

    /** Charges the time so far to the segment that was running and starts {@code segment}; null pauses. */
    void enter(SegmentId segment) {
        Instant now = clock.instant();
        if (segment != null && segment.equals(running)) {
            return;
        }
        stop(now);
        running = segment;
        since = segment == null ? null : now;
    }

    private void stop(Instant now) {
        if (running != null) {
            spent.merge(running, Duration.between(since, now), Duration::plus);
        }
    }

    /** Time spent on {@code segment} so far, including the current stretch if it is running. */
    Duration elapsed(SegmentId segment) {
        Duration total = spent.getOrDefault(segment, Duration.ZERO);
        if (segment.equals(running)) {
            total = total.plus(Duration.between(since, clock.instant()));
        }
        return total.isNegative() ? Duration.ZERO : total;
    }
}
