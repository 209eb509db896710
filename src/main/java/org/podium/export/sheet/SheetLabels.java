package org.podium.export.sheet;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.podium.model.Language;
import org.podium.model.Person;
import org.podium.model.SegmentKind;
import org.podium.model.SlideKind;

/**
 * The words of the running sheet and the handouts in one language, from
 * {@code org.podium.export.sheet.labels}: root English, {@code _zh} Simplified, {@code _zh_Hant}
 * Traditional Chinese. The language is the document's, not the machine's: no fallback to the
 * default locale.
 */
public final class SheetLabels {

    static final String BUNDLE = "org.podium.export.sheet.labels";

    private final ResourceBundle bundle;
    private final Locale locale;

    private SheetLabels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Labels for {@code locale}; {@code zh-Hant}, {@code zh-TW} and {@code zh-HK} get Traditional Chinese. */
    public static SheetLabels of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new SheetLabels(bundle, locale);
    }

    /** Labels in the language the programme is written in. */
    public static SheetLabels of(Language language) {
        return of(language.locale());
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String kind(SegmentKind kind) {
        return get("kind." + kind.id());
    }

    public String slideKind(SlideKind kind) {
        return get("slideKind." + kind.id());
    }

    public String column(SheetColumn column) {
        return get("column." + column.key());
    }

    /** "陳懷健（建鄴區委區級機關工委書記）", or the name alone when there is no role. */
    public String person(Person person) {
        return person.role().isEmpty() ? person.name() : get("person.withRole", person.name(), person.role());
    }

    /** Items joined with the language's list separator ("、" in Chinese). */
    public String list(List<String> items) {
        return String.join(get("list.separator"), items);
    }

    /** "2021年6月23日（星期三）", "Wednesday 23 June 2021". */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("sheet.datePattern"), locale).format(date);
    }

    /** 24-hour clock without a leading zero, as printed programmes write it: "9:05", "14:30". */
    public static String time(LocalTime time) {
        return time.getHour() + ":" + String.format(Locale.ROOT, "%02d", time.getMinute());
    }

    /** Hours and minutes, as the sheet's length column shows them: "0:06", "1:07". */
    public static String hoursMinutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes / 60 + ":" + String.format(Locale.ROOT, "%02d", minutes % 60);
    }

    /** A length in words: "1 小時 7 分鐘", "6 min", "10 s". */
    public String duration(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds >= 3600) {
            return get("duration.hoursMinutes", seconds / 3600, seconds % 3600 / 60);
        }
        if (seconds >= 60) {
            return seconds % 60 == 0 ? get("duration.minutes", seconds / 60)
                    : get("duration.minutesSeconds", seconds / 60, seconds % 60);
        }
        return get("duration.seconds", seconds);
    }
}
