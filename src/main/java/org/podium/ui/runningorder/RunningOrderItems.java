package org.podium.ui.runningorder;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.Slide;
import org.podium.ui.common.DurationText;
import org.podium.ui.common.Messages;
import org.podium.ui.runningorder.RunningOrderItem.SegmentItem;
import org.podium.ui.runningorder.RunningOrderItem.SlideItem;

/** Turns a programme into the rows of its running order. */
public final class RunningOrderItems {

    /** 24-hour clock, as running sheets print it in every language Podium speaks. */
    public static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private RunningOrderItems() {
    }

    public static List<SegmentItem> of(Programme programme, Messages messages) {
        Optional<List<LocalTime>> starts = programme.plannedStarts();
        List<SegmentItem> items = new ArrayList<>(programme.segments().size());
        for (int i = 0; i < programme.segments().size(); i++) {
            Segment segment = programme.segments().get(i);
            int index = i;
            String start = starts.map(list -> list.get(index).format(CLOCK)).orElse("");
            String duration = segment.planned().map(d -> DurationText.format(messages, d)).orElse("");
            items.add(new SegmentItem(segment.id(), segment.kind(), KindLabels.segment(messages, segment.kind()),
                    segment.title(), start, duration, slides(segment, messages)));
        }
        return List.copyOf(items);
    }

    /** The one-line summary the running order shows for a slide. */
    public static String summary(Slide slide, Messages messages) {
        return SlideSummary.of(slide.content(), messages);
    }

    private static List<SlideItem> slides(Segment segment, Messages messages) {
        List<SlideItem> slides = new ArrayList<>(segment.slides().size());
        for (Slide slide : segment.slides()) {
            slides.add(new SlideItem(segment.id(), slide.id(), slides.size() + 1, slide.content().kind(),
                    KindLabels.slide(messages, slide.content().kind()), SlideSummary.of(slide.content(), messages)));
        }
        return slides;
    }
}
