package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.model.Programme;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Stylesheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Before the start time the audience sees the holding slide with a countdown. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HoldingUiTest {

    private Presenter presenter;

    @Start
    void start(Stage primary) {
        Stylesheets.installBaseTheme();
        Programme programme = Decks.timed(); // starts 14:30
        presenter = new Presenter(programme, Decks.pages(programme), MediaStore.empty(),
                new PhotoCache(PhotoPrefetcher.PRESENTER_BUDGET_BYTES, (ref, store, request) -> {
                    throw new AssertionError("no photos here");
                }), Runnable::run, Messages.load(Locale.forLanguageTag("zh-Hant-TW")),
                new Decks.MutableClock(LocalDate.of(2021, 6, 23), LocalTime.of(14, 17, 30)), null,
                PresenterOptions.defaults().withFade(javafx.util.Duration.ZERO), new Stage(), new Stage());
        presenter.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(presenter::end);
    }

    @Test
    void holdingSlideCountsDownUntilTheOperatorStarts(FxRobot robot) {
        assertThat(presenter.audience().blankingShown()).isEqualTo(Blanking.LOGO);
        assertThat(robot.lookup(".holding-title").queryAs(Label.class).getText()).isEqualTo("分享會");
        assertThat(robot.lookup(".holding-countdown").queryAs(Label.class).getText()).isEqualTo("12:30 後開始");
        assertThat(robot.lookup(".console-schedule").queryAs(Label.class).getText()).isEqualTo("12:30 後開始");

        robot.type(KeyCode.PAGE_DOWN);

        assertThat(presenter.audience().blankingShown()).isEqualTo(Blanking.NONE);
        assertThat(presenter.model().state().index()).as("the first slide, not the second").isZero();
    }
}
