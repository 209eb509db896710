package org.podium.ui.runningorder;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.podium.model.Programme;
import org.podium.model.Segment;
import org.podium.model.Slide;
import org.podium.ui.common.DurationText;
import org.podium.ui.common.Messages;
import org.podium.ui.runningorder.Details.Field;
import org.podium.ui.runningorder.RunningOrderItem.SegmentItem;
import org.podium.ui.runningorder.RunningOrderItem.SlideItem;

/** Builds the read-only details of a segment or slide from the programme. */
public final class ItemDetails {

    private ItemDetails() {
    }

    /** Empty when the item is no longer in the programme (it was replaced by another file). */
    public static Optional<Details> of(Programme programme, RunningOrderItem item, Messages messages) {
        Optional<Segment> segment = programme.segment(item.segmentId());
        if (segment.isEmpty()) {
            return Optional.empty();
        }
        if (item instanceof SlideItem slideItem) {
            return segment.get().slide(slideItem.slideId()).map(slide -> slide(segment.get(), slide, slideItem, messages));
        }
        return Optional.of(segment(programme, segment.get(), (SegmentItem) item, messages));
    }

    private static Details segment(Programme programme, Segment segment, SegmentItem item, Messages messages) {
        List<Field> fields = new ArrayList<>();
        String people = segment.people().stream()
                .map(p -> p.role().isBlank() ? p.name() : messages.get("details.person", p.name(), p.role()))
                .collect(Collectors.joining("\n"));
        fields.add(field(messages, "details.segment.people", people));
        fields.add(field(messages, "details.segment.start", start(programme, segment)));
        fields.add(field(messages, "details.segment.duration", item.duration()));
        fields.add(field(messages, "details.segment.slides", String.valueOf(segment.slides().size())));
        fields.add(field(messages, "details.notes", segment.notes()));
        return new Details(messages.get("details.segment.heading", item.kindLabel()), title(segment, messages),
                fields);
    }

    private static String start(Programme programme, Segment segment) {
        Optional<List<LocalTime>> starts = programme.plannedStarts();
        int index = programme.segments().indexOf(segment);
        return starts.map(list -> list.get(index).format(RunningOrderItems.CLOCK)).orElse("");
    }

    private static Details slide(Segment segment, Slide slide, SlideItem item, Messages messages) {
        List<Field> fields = new ArrayList<>();
        fields.addAll(SlideFields.of(slide.content(), messages));
        fields.add(field(messages, "details.notes", slide.notes()));
        String advance = slide.autoAdvance() == null ? messages.get("details.slide.advanceManual")
                : messages.get("details.slide.advanceAfter", DurationText.format(messages, slide.autoAdvance()));
        fields.add(field(messages, "details.slide.advance", advance));
        String heading = messages.get("details.slide.position", item.number(), segment.slides().size(),
                item.kindLabel());
        return new Details(heading, title(segment, messages), fields);
    }

    /** A slide is shown under its segment's title; what it says is in the fields. */
    private static String title(Segment segment, Messages messages) {
        return segment.title().isBlank() ? messages.get("runningorder.segment.untitled") : segment.title();
    }

    private static Field field(Messages messages, String labelKey, String value) {
        return new Field(messages.get(labelKey), value);
    }
}
