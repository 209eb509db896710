package org.podium.edit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.podium.model.Language;
import org.podium.model.Programme;
import org.podium.model.SlideFormat;

/** Changes to the programme's own settings. */
public final class ProgrammeEdits {

    private ProgrammeEdits() {
    }

    /** Title, subtitle, date, venue, organiser and start time, as the settings dialog edits them together. */
    public record ChangeInfo(String title, String subtitle, LocalDate date, String venue, String organiser,
                             LocalTime startTime) implements Edit {

        public static ChangeInfo of(Programme p) {
            return new ChangeInfo(p.title(), p.subtitle(), p.date(), p.venue(), p.organiser(), p.startTime());
        }

        @Override
        public Programme apply(Programme p) {
            return p.withTitle(title).withSubtitle(subtitle).withDate(date).withVenue(venue).withOrganiser(organiser)
                    .withStartTime(startTime);
        }

        @Override
        public String labelKey() {
            return "edit.programme.info";
        }

        @Override
        public Object mergeTarget() {
            return ChangeInfo.class;
        }
    }

    public record ChangeLanguage(Language language) implements Edit {

        public ChangeLanguage {
            Objects.requireNonNull(language, "language");
        }

        @Override
        public Programme apply(Programme p) {
            return p.withLanguage(language);
        }

        @Override
        public String labelKey() {
            return "edit.programme.language";
        }
    }

    public record ChangeTheme(String themeId) implements Edit {

        public ChangeTheme {
            Objects.requireNonNull(themeId, "theme id");
        }

        @Override
        public Programme apply(Programme p) {
            return p.withThemeId(themeId);
        }

        @Override
        public String labelKey() {
            return "edit.programme.theme";
        }
    }

    public record ChangeFormat(SlideFormat format) implements Edit {

        public ChangeFormat {
            Objects.requireNonNull(format, "slide format");
        }

        @Override
        public Programme apply(Programme p) {
            return p.withFormat(format);
        }

        @Override
        public String labelKey() {
            return "edit.programme.format";
        }
    }
}
