package org.podium.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A programme as written: dates {@code yyyy-MM-dd}, times {@code HH:mm}, all as strings. */
@JsonPropertyOrder({"title", "subtitle", "date", "venue", "organiser", "startTime", "language", "theme", "format",
        "segments"})
record ProgrammeDto(String title, String subtitle, String date, String venue, String organiser, String startTime,
                    String language, String theme, FormatDto format, List<SegmentDto> segments) {

    /** Slide size; {@code id} is {@code 16:9}, {@code 4:3}, {@code 16:10} or {@code custom}, sizes in points. */
    @JsonPropertyOrder({"id", "widthPt", "heightPt"})
    record FormatDto(String id, Double widthPt, Double heightPt) {
    }
}
