package org.podium.ui.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.podium.edit.Edit;
import org.podium.edit.ProgrammeEdits;
import org.podium.layout.Theme;
import org.podium.layout.Themes;
import org.podium.model.Language;
import org.podium.model.Programme;
import org.podium.model.SlideFormat;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;

/**
 * The programme settings dialog: particulars, language, theme and slide size, filled from the
 * programme when it opens and applied as one undo step on OK. Start time and custom size are typed
 * and checked; nothing invalid is applied.
 */
public final class SettingsViewModel {

    public static final String CUSTOM = "custom";
    /** Preset ids in the order the dialog lists them, then {@link #CUSTOM}. */
    public static final List<String> FORMATS = List.of("16:9", "4:3", "16:10", CUSTOM);

    /** An entry of a pick list. */
    public record Choice(String id, String label) {
    }

    private final EditorSession session;
    private final Messages messages;
    private final Themes themes;

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty subtitle = new SimpleStringProperty(this, "subtitle", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty venue = new SimpleStringProperty(this, "venue", "");
    private final StringProperty organiser = new SimpleStringProperty(this, "organiser", "");
    /** "HH:mm", or blank for no start time. */
    private final StringProperty startTime = new SimpleStringProperty(this, "startTime", "");
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language", Language.ZH_HANT);
    private final StringProperty themeId = new SimpleStringProperty(this, "themeId", "");
    private final StringProperty formatId = new SimpleStringProperty(this, "formatId", "16:9");
    /** Custom slide size in points, as typed. */
    private final StringProperty customWidth = new SimpleStringProperty(this, "customWidth", "");
    private final StringProperty customHeight = new SimpleStringProperty(this, "customHeight", "");
    private final BooleanBinding valid;

    public SettingsViewModel(EditorSession session, Messages messages, Themes themes) {
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.themes = Objects.requireNonNull(themes, "themes");
        valid = Bindings.createBooleanBinding(() -> startTimeProblem(startTime.get()).isEmpty()
                        && sizeProblem(customWidth.get()).isEmpty() && sizeProblem(customHeight.get()).isEmpty(),
                startTime, customWidth, customHeight, formatId);
    }

    /** Fills every field from the programme as it is now. */
    public void load() {
        Programme p = session.programme();
        title.set(p.title());
        subtitle.set(p.subtitle());
        date.set(p.date());
        venue.set(p.venue());
        organiser.set(p.organiser());
        startTime.set(p.startTime() == null ? "" : p.startTime().toString());
        language.set(p.language());
        themeId.set(p.themeId());
        String preset = SlideFormat.preset(p.format().id()) == null ? CUSTOM : p.format().id();
        formatId.set(preset);
        customWidth.set(plain(p.format().widthPt()));
        customHeight.set(plain(p.format().heightPt()));
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The message for a start time that is not HH:mm, or empty. */
    public Optional<String> startTimeProblem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalTime.parse(text.strip());
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(messages.get("settings.error.startTime"));
        }
    }

    /** The message for a custom side that is not a number of points within what PowerPoint takes, or empty. */
    public Optional<String> sizeProblem(String text) {
        if (!CUSTOM.equals(formatId.get())) {
            return Optional.empty();
        }
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip().replace(',', '.'));
            if (value >= SlideFormat.MIN_SIDE_PT && value <= SlideFormat.MAX_SIDE_PT) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        return Optional.of(messages.get("settings.error.size", (int) SlideFormat.MIN_SIDE_PT,
                (int) SlideFormat.MAX_SIDE_PT));
    }

    /**
     * Applies what differs from the programme as one undo step; false when something is invalid
     * (nothing is applied then) or nothing changed.
     */
    public boolean apply() {
        if (!valid.get()) {
            return false;
        }
        Programme p = session.programme();
        List<Edit> edits = new ArrayList<>();
        LocalTime start = startTime.get() == null || startTime.get().isBlank() ? null : LocalTime.parse(startTime.get().strip());
        ProgrammeEdits.ChangeInfo info = new ProgrammeEdits.ChangeInfo(title.get(), subtitle.get(), date.get(),
                venue.get(), organiser.get(), start);
        if (!info.equals(ProgrammeEdits.ChangeInfo.of(p))) {
            edits.add(info);
        }
        if (language.get() != p.language()) {
            edits.add(new ProgrammeEdits.ChangeLanguage(language.get()));
        }
        if (!themeId.get().equals(p.themeId())) {
            edits.add(new ProgrammeEdits.ChangeTheme(themeId.get()));
        }
        SlideFormat format = format();
        if (!format.equals(p.format())) {
            edits.add(new ProgrammeEdits.ChangeFormat(format));
        }
        if (edits.isEmpty()) {
            return false;
        }
        return session.apply(edits.size() == 1 ? edits.get(0) : new Edit.Compound("edit.programme.settings", edits));
    }

    private SlideFormat format() {
        if (!CUSTOM.equals(formatId.get())) {
            return SlideFormat.preset(formatId.get());
        }
        return SlideFormat.custom(Double.parseDouble(customWidth.get().strip().replace(',', '.')),
                Double.parseDouble(customHeight.get().strip().replace(',', '.')));
    }

    /** Bundled themes with their names in the UI's language. */
    public List<Choice> themes() {
        Language ui = uiLanguage();
        List<Choice> choices = new ArrayList<>();
        for (Theme theme : themes.all()) {
            choices.add(new Choice(theme.id(), theme.names().in(ui)));
        }
        return choices;
    }

    public List<Choice> languages() {
        return List.of(new Choice(Language.ZH_HANT.tag(), messages.get("shell.language.zhHant")),
                new Choice(Language.ZH_HANS.tag(), messages.get("shell.language.zhHans")),
                new Choice(Language.EN.tag(), messages.get("shell.language.en")));
    }

    public List<Choice> formats() {
        return List.of(new Choice("16:9", messages.get("settings.format.wide")),
                new Choice("4:3", messages.get("settings.format.standard")),
                new Choice("16:10", messages.get("settings.format.wide1610")),
                new Choice(CUSTOM, messages.get("settings.format.custom")));
    }

    private Language uiLanguage() {
        if (!"zh".equals(messages.locale().getLanguage())) {
            return Language.EN;
        }
        return org.podium.ui.common.UiLocale.isTraditionalChinese(messages.locale()) ? Language.ZH_HANT
                : Language.ZH_HANS;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty subtitleProperty() {
        return subtitle;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty venueProperty() {
        return venue;
    }

    public StringProperty organiserProperty() {
        return organiser;
    }

    public StringProperty startTimeProperty() {
        return startTime;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty themeIdProperty() {
        return themeId;
    }

    public StringProperty formatIdProperty() {
        return formatId;
    }

    public StringProperty customWidthProperty() {
        return customWidth;
    }

    public StringProperty customHeightProperty() {
        return customHeight;
    }

    /** True when every typed field can be applied. */
    public BooleanBinding validProperty() {
        return valid;
    }
}
