package org.podium.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A segment as written; {@code plannedDuration} is an ISO-8601 duration or null. */
@JsonPropertyOrder({"id", "kind", "title", "people", "plannedDuration", "notes", "slides"})
record SegmentDto(String id, String kind, String title, List<PersonDto> people, String plannedDuration, String notes,
                  List<SlideDto> slides) {
}
