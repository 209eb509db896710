package org.podium.layout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.podium.model.Language;
import org.podium.model.Person;
import org.podium.model.Programme;

/** Small pieces of text the layout composes from the model: dates, the details line, attributions. */
final class Details {

    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Details() {
    }

    /** "2021年6月23日" in Chinese, "23 June 2021" in English. */
    static String date(LocalDate date, Language language) {
        if (language == Language.EN) {
            return ENGLISH_DATE.format(date);
        }
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** Separator between the parts of the details line. */
    static final String SEPARATOR = "  ·  ";

    /** Date · venue · organiser, leaving out what is unknown; empty when all are. */
    static String line(Programme programme) {
        return String.join(SEPARATOR, parts(programme, ""));
    }

    /** The details line without the parts {@code shownElsewhere} (e.g. the subtitle) already shows. */
    static String line(Programme programme, String shownElsewhere) {
        return String.join(SEPARATOR, parts(programme, shownElsewhere));
    }

    /**
     * The details as text to fit, best first: all on one line; then split into two lines at a
     * separator, the last part alone first; then one part per line. Breaking at separators keeps a
     * dangling "·" off the line ends.
     */
    static List<String> arrangements(Programme programme, String shownElsewhere) {
        List<String> parts = parts(programme, shownElsewhere);
        List<String> out = new ArrayList<>();
        out.add(String.join(SEPARATOR, parts));
        for (int split = parts.size() - 1; split >= 1; split--) {
            out.add(String.join(SEPARATOR, parts.subList(0, split)) + "\n"
                    + String.join(SEPARATOR, parts.subList(split, parts.size())));
        }
        if (parts.size() > 2) {
            out.add(String.join("\n", parts));
        }
        return out;
    }

    /**
     * The known parts, leaving out any that {@code shownElsewhere} already contains (spaces
     * ignored), so a subtitle that names the date and venue does not repeat them under the rule.
     */
    private static List<String> parts(Programme programme, String shownElsewhere) {
        String shown = withoutSpaces(shownElsewhere);
        List<String> parts = new ArrayList<>();
        if (programme.date() != null) {
            parts.add(date(programme.date(), programme.language()));
        }
        if (!programme.venue().isBlank()) {
            parts.add(programme.venue().strip());
        }
        if (!programme.organiser().isBlank()) {
            parts.add(programme.organiser().strip());
        }
        parts.removeIf(part -> !shown.isEmpty() && shown.contains(withoutSpaces(part)));
        return parts;
    }

    private static String withoutSpaces(String text) {
        return text == null ? "" : text.codePoints().filter(cp -> !Kinsoku.isSpace(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** "—— 陳懷健，建鄴區委…書記" in Chinese, "— Name, Role" in English; empty without a name. */
    static String attribution(Person person, Language language) {
        String name = person.name().strip();
        String role = person.role().strip();
        if (name.isEmpty()) {
            return "";
        }
        if (language == Language.EN) {
            return "— " + name + (role.isEmpty() ? "" : ", " + role);
        }
        return "——" + name + (role.isEmpty() ? "" : "，" + role);
    }

    static String firstNonBlank(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? (fallback == null ? "" : fallback.strip()) : preferred.strip();
    }
}
