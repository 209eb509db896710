package org.podium.ui.shell;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.podium.model.Language;
import org.podium.model.Programme;
import org.podium.ui.common.DurationText;
import org.podium.ui.common.Messages;

/** The texts the main window shows about a whole programme: header, title bar, status bar. */
final class ProgrammeTexts {

    private final Messages messages;

    ProgrammeTexts(Messages messages) {
        this.messages = messages;
    }

    String title(Programme programme) {
        return programme.title().isBlank() ? messages.get("shell.programme.untitled") : programme.title();
    }

    String windowTitle(Programme programme) {
        return messages.get("shell.window.title", title(programme).replace('\n', ' '));
    }

    /** Date, venue and organiser, those that are set, e.g. "2021年6月23日 · 建鄴區". */
    String particulars(Programme programme) {
        List<String> parts = new ArrayList<>();
        if (programme.date() != null) {
            parts.add(programme.date().format(
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale())));
        }
        if (!programme.venue().isBlank()) {
            parts.add(programme.venue());
        }
        if (!programme.organiser().isBlank()) {
            parts.add(programme.organiser());
        }
        return parts.isEmpty() ? messages.get("shell.header.noParticulars") : String.join(" · ", parts);
    }

    /** Slide language and size, e.g. "繁體中文 · 16:9". */
    String format(Programme programme) {
        String language = messages.get(languageKey(programme.language()));
        String size = "custom".equals(programme.format().id())
                ? messages.get("shell.header.customSize", programme.format().widthPt(), programme.format().heightPt())
                : programme.format().id();
        return messages.get("shell.header.format", language, size);
    }

    static String languageKey(Language language) {
        switch (language) {
            case ZH_HANT:
                return "shell.language.zhHant";
            case ZH_HANS:
                return "shell.language.zhHans";
            default:
                return "shell.language.en";
        }
    }

    /** "9 segments · 31 slides · 1 h 05 min planned". */
    String summary(Programme programme) {
        return messages.get("shell.status.summary", programme.segments().size(), programme.slideCount(),
                DurationText.format(messages, programme.plannedTotal()));
    }
}
