package org.podium.export.sheet;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.podium.model.Language;
import org.podium.model.Programme;
import org.podium.model.Segment;

/**
 * The running sheet (流程表) of a programme as words and times, before any file format: what the
 * XLSX and the PDF both print, so the two always agree. Pure: built from the model and the labels
 * only.
 *
 * @param title       the event's name
 * @param subtitle    second line; empty when none
 * @param particulars date, venue, organiser and time, in that order; those not known are left out
 * @param rows        one per segment, in running order
 * @param start       planned start of the programme, or {@code null} when not set
 * @param total       sum of the planned lengths that are set
 * @param language    the language the programme is written in, which decides the fonts
 * @param labels      the words of the sheet's language
 */
public record RunningSheet(String title, String subtitle, List<Particular> particulars, List<SheetRow> rows,
                           LocalTime start, Duration total, Language language, SheetLabels labels) {

    /** One line of the title block, e.g. 地點 — 南京市建鄴區. */
    public record Particular(String label, String value) {
    }

    /** Room around a cell's text, in Excel character units: padding and the border. */
    static final double CELL_PADDING_CHARS = 1.5;

    public RunningSheet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        particulars = List.copyOf(particulars);
        rows = List.copyOf(rows);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(labels, "labels");
    }

    /** The sheet of {@code programme} worded by {@code labels}. */
    public static RunningSheet of(Programme programme, SheetLabels labels) {
        Optional<List<LocalTime>> starts = programme.plannedStarts();
        List<SheetRow> rows = new ArrayList<>();
        List<Segment> segments = programme.segments();
        for (int i = 0; i < segments.size(); i++) {
            int index = i;
            LocalTime at = starts.map(list -> list.get(index)).orElse(null);
            rows.add(SheetRow.of(i + 1, at, segments.get(i), labels));
        }
        Duration total = programme.plannedTotal();
        return new RunningSheet(programme.title(), programme.subtitle(), particulars(programme, total, labels), rows,
                programme.startTime(), total, programme.language(), labels);
    }

    private static List<Particular> particulars(Programme programme, Duration total, SheetLabels labels) {
        List<Particular> particulars = new ArrayList<>();
        if (programme.date() != null) {
            particulars.add(new Particular(labels.get("sheet.date"), labels.date(programme.date())));
        }
        if (!programme.venue().isEmpty()) {
            particulars.add(new Particular(labels.get("sheet.venue"), programme.venue()));
        }
        if (!programme.organiser().isEmpty()) {
            particulars.add(new Particular(labels.get("sheet.organiser"), programme.organiser()));
        }
        LocalTime start = programme.startTime();
        String time = start == null ? labels.get("sheet.noStart")
                : labels.get("sheet.timeRange", SheetLabels.time(start), SheetLabels.time(start.plus(total)),
                        labels.duration(total));
        particulars.add(new Particular(labels.get("sheet.time"), time));
        return List.copyOf(particulars);
    }

    /** The planned end, or {@code null} without a start time. */
    public LocalTime end() {
        return start == null ? null : start.plus(total);
    }

    /** The column headings, left to right. */
    public List<String> headings() {
        List<String> headings = new ArrayList<>();
        for (SheetColumn column : SheetColumn.values()) {
            headings.add(labels.column(column));
        }
        return headings;
    }

    /**
     * Column widths in Excel character units: each column as wide as its widest line, within its
     * bounds. The PDF shares them out over the page in the same proportions.
     */
    public double[] columnWidthsChars() {
        SheetColumn[] columns = SheetColumn.values();
        double[] widths = new double[columns.length];
        List<String> headings = headings();
        for (SheetColumn column : columns) {
            // headings are bold: a little wider than body text
            double widest = CellText.widestLineChars(headings.get(column.ordinal())) * 1.1;
            for (SheetRow row : rows) {
                widest = Math.max(widest, CellText.widestLineChars(row.text(column)));
            }
            double width = Math.ceil(widest + CELL_PADDING_CHARS);
            widths[column.ordinal()] = Math.max(column.minWidthChars(), Math.min(column.maxWidthChars(), width));
        }
        return widths;
    }
}
