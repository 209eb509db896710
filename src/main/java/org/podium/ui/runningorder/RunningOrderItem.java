package org.podium.ui.runningorder;

import java.util.List;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.SlideId;
import org.podium.model.SlideKind;
import org.podium.ui.session.Selection;

/** One row of the running order, ready to show: every text is already localised. */
public sealed interface RunningOrderItem {

    SegmentId segmentId();

    /** This row as a selection that survives rebuilding the rows. */
    Selection selection();

    /**
     * @param kindLabel localised kind, e.g. "致辭"
     * @param title     as written; blank when the organiser left it empty
     * @param start     planned start as HH:mm, or empty when the programme has no start time
     * @param duration  planned duration ("6 min"), or empty when not planned
     */
    record SegmentItem(SegmentId segmentId, SegmentKind kind, String kindLabel, String title, String start,
                       String duration, List<SlideItem> slides) implements RunningOrderItem {

        public SegmentItem {
            slides = List.copyOf(slides);
        }

        @Override
        public Selection selection() {
            return Selection.segment(segmentId);
        }
    }

    /**
     * @param number  1-based position within its segment
     * @param summary one line of the slide's text, shortened
     */
    record SlideItem(SegmentId segmentId, SlideId slideId, int number, SlideKind kind, String kindLabel,
                     String summary) implements RunningOrderItem {

        @Override
        public Selection selection() {
            return Selection.slide(segmentId, slideId);
        }
    }
}
