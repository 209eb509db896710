package org.podium.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.podium.TestProgrammes;
import org.podium.edit.Edit;
import org.podium.layout.Themes;
import org.podium.model.Language;
import org.podium.model.SlideFormat;
import org.podium.ui.common.Messages;
import org.podium.ui.session.EditorSession;

class SettingsViewModelTest {

    private final EditorSession session = new EditorSession(TestProgrammes.jianye());
    private final SettingsViewModel model = new SettingsViewModel(session, Messages.load(Locale.TAIWAN),
            Themes.bundled());

    @Test
    void loadShowsTheProgrammeAndThemesHaveLocalisedNames() {
        model.load();
        assertThat(model.titleProperty().get()).isEqualTo(TestProgrammes.TITLE);
        assertThat(model.startTimeProperty().get()).isEqualTo("14:30");
        assertThat(model.formatIdProperty().get()).isEqualTo("16:9");
        assertThat(model.themes()).extracting(SettingsViewModel.Choice::id).containsAll(Themes.bundled().ids());
        assertThat(model.themes()).extracting(SettingsViewModel.Choice::label).doesNotContain("crimson-gold");
    }

    @Test
    void everyChangeIsAppliedAsOneUndoStep() {
        model.load();
        model.titleProperty().set("新標題");
        model.dateProperty().set(LocalDate.of(2022, 7, 1));
        model.startTimeProperty().set("09:00");
        model.languageProperty().set(Language.ZH_HANS);
        model.themeIdProperty().set("memorial");
        model.formatIdProperty().set(SettingsViewModel.CUSTOM);
        model.customWidthProperty().set("1920");
        model.customHeightProperty().set("540");

        assertThat(model.apply()).isTrue();

        var p = session.programme();
        assertThat(p.title()).isEqualTo("新標題");
        assertThat(p.date()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(p.startTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(p.language()).isEqualTo(Language.ZH_HANS);
        assertThat(p.themeId()).isEqualTo("memorial");
        assertThat(p.format()).isEqualTo(SlideFormat.custom(1920, 540));
        assertThat(session.undoable()).get().extracting(Edit::labelKey).isEqualTo("edit.programme.settings");
        session.undo();
        assertThat(session.programme()).isEqualTo(TestProgrammes.jianye());
    }

    @Test
    void invalidStartTimeOrSizeIsNotApplied() {
        model.load();
        model.startTimeProperty().set("half past two");
        assertThat(model.startTimeProblem(model.startTimeProperty().get())).isPresent();
        assertThat(model.apply()).isFalse();

        model.startTimeProperty().set("");
        model.formatIdProperty().set(SettingsViewModel.CUSTOM);
        model.customWidthProperty().set("10");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.apply()).isFalse();
        assertThat(session.isDirty()).isFalse();
    }

    @Test
    void unchangedSettingsAddNoUndoStep() {
        model.load();
        assertThat(model.apply()).isFalse();
        assertThat(session.canUndoProperty().get()).isFalse();
    }
}
