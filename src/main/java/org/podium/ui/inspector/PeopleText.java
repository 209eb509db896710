package org.podium.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.podium.model.Person;

/**
 * People as lines of text, one person a line, "name — role": how the inspector lets a person edit
 * a list of names. The role may also follow a tab or a " - ".
 */
public final class PeopleText {

    static final String SEPARATOR = " — ";

    private PeopleText() {
    }

    public static String format(List<Person> people) {
        return people.stream().map(p -> p.role().isBlank() ? p.name() : p.name() + SEPARATOR + p.role())
                .collect(Collectors.joining("\n"));
    }

    /** Blank lines are skipped; names and roles are trimmed. */
    public static List<Person> parse(String text) {
        List<Person> people = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int at = separator(line);
            if (at < 0) {
                people.add(Person.named(line.strip()));
            } else {
                int width = line.charAt(at) == '\t' || line.charAt(at) == '—' || line.charAt(at) == '–' ? 1 : 3;
                people.add(new Person(line.substring(0, at).strip(), line.substring(at + width).strip()));
            }
        }
        return people;
    }

    private static int separator(String line) {
        int best = -1;
        for (String mark : new String[] {"—", "–", "\t", " - "}) {
            int at = line.indexOf(mark);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }

    /** One entry a line; blank lines dropped. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
