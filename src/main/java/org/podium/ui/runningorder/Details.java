package org.podium.ui.runningorder;

import java.util.List;

/**
 * What the details pane shows for the selected segment or slide.
 *
 * @param heading e.g. "Segment · Address" or "Slide 2 of 5 · Quote"
 * @param title   the title of the segment (for a slide, of the segment it belongs to)
 * @param fields  label–value pairs in display order; values may span lines
 */
public record Details(String heading, String title, List<Field> fields) {

    public Details {
        fields = List.copyOf(fields);
    }

    public record Field(String label, String value) {
    }

    /** The value of the first field with this label, for tests and accessibility. */
    public java.util.Optional<String> value(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).map(Field::value).findFirst();
    }
}
