package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.media.MediaStore;
import org.podium.media.PhotoCache;
import org.podium.model.Programme;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SaveChoice;
import org.podium.ui.common.Stylesheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console's audience-screen menu, headless: Monocle's one screen is the laptop, and a
 * projector right of it is plugged in through the presenter's screen input.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PresenterScreensUiTest {

    private final Programme programme = Decks.timed();
    private final List<String> questions = new ArrayList<>();
    private final Preferences preferences = Preferences.userRoot().node("org/podium/test/presenter-screens-" + System.nanoTime());
    private boolean answer;
    private Presenter presenter;
    private ScreenInfo laptop;
    private ScreenInfo projector;

    @Start
    void start(Stage primary) {
        Stylesheets.installBaseTheme();
        presenter = new Presenter(programme, Decks.pages(programme), MediaStore.empty(),
                new PhotoCache(PhotoPrefetcher.PRESENTER_BUDGET_BYTES, (ref, store, request) -> {
                    throw new AssertionError("no photos here");
                }), Runnable::run, Messages.load(Locale.forLanguageTag("zh-Hant-TW")),
                new Decks.MutableClock(LocalDate.of(2021, 6, 23), LocalTime.of(14, 35)), preferences,
                PresenterOptions.defaults().withFade(javafx.util.Duration.ZERO), new Stage(), new Stage());
        presenter.setScheduler((delay, task) -> () -> { });
        presenter.setDialogs(new Answering());
        presenter.start();
        laptop = ScreenWatcher.current().get(0);
        projector = new ScreenInfo(new ScreenRect(laptop.bounds().widthPx(), 0, 1280, 720), false);
    }

    @AfterEach
    void close(FxRobot robot) throws BackingStoreException {
        robot.interact(presenter::end);
        preferences.removeNode();
    }

    private List<String> menuTexts(FxRobot robot) {
        MenuButton menu = robot.lookup(".console-screen-menu").queryAs(MenuButton.class);
        robot.interact(menu::show);
        List<String> texts = menu.getItems().stream().map(MenuItem::getText).toList();
        robot.interact(menu::hide);
        return texts;
    }

    private void choose(FxRobot robot, String text) {
        robot.interact(() -> presenter.consoleStage().toFront());
        robot.clickOn(".console-screen-menu");
        robot.clickOn(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status(FxRobot robot) {
        return robot.lookup(".console-audience-status").queryAs(Label.class).getText();
    }

    @Test
    void aOneScreenRehearsalIsNotRememberedAndTheMenuSwitchesWindowsAsTabDoes(FxRobot robot) {
        assertThat(preferences.get(Presenter.SCREEN_KEY, null)).as("the shared laptop screen is not remembered").isNull();
        MenuButton menu = robot.lookup(".console-screen-menu").queryAs(MenuButton.class);
        assertThat(menu.getGraphic()).isInstanceOf(FontIcon.class);
        int w = (int) laptop.bounds().widthPx();
        int h = (int) laptop.bounds().heightPx();
        String only = "螢幕 1：" + w + " × " + h + "，位置 0, 0（本控制台）";
        assertThat(menuTexts(robot)).containsExactly(only);

        choose(robot, only);

        assertThat(questions).as("nothing to ask on one screen").isEmpty();
        assertThat(presenter.audience().stage().isFocused()).as("the slides came to the front").isTrue();
        robot.type(KeyCode.TAB);
        assertThat(presenter.consoleStage().isFocused()).isTrue();
    }

    @Test
    void theSlidesMoveToTheConsolesScreenOnlyWhenConfirmedAndBackToTheProjector(FxRobot robot) {
        robot.interact(() -> presenter.screensChanged(List.of(laptop, projector)));
        Stage audience = presenter.audience().stage();
        assertThat(audience.getX()).isEqualTo(projector.bounds().xPx());
        String toLaptop = "螢幕 1：" + (int) laptop.bounds().widthPx() + " × " + (int) laptop.bounds().heightPx()
                + "，位置 0, 0（本控制台）";
        String toProjector = "螢幕 2：1280 × 720，位置 " + (int) projector.bounds().xPx() + ", 0";
        assertThat(menuTexts(robot)).containsExactly(toLaptop, toProjector);
        MenuButton menu = robot.lookup(".console-screen-menu").queryAs(MenuButton.class);
        assertThat(((RadioMenuItem) menu.getItems().get(1)).isSelected()).as("the slides' screen is ticked").isTrue();
        assertThat(preferences.get(Presenter.SCREEN_KEY, null)).isEqualTo(projector.bounds().encode());

        answer = false;
        choose(robot, toLaptop);
        assertThat(questions).hasSize(1);
        assertThat(questions.get(0)).contains("蓋住控制台");
        assertThat(audience.getX()).as("declined: the slides stay on the projector").isEqualTo(projector.bounds().xPx());

        answer = true;
        choose(robot, toLaptop);
        assertThat(questions).hasSize(2);
        assertThat(audience.isShowing()).isTrue();
        assertThat(audience.getX()).isEqualTo(laptop.bounds().xPx());
        assertThat(audience.getWidth()).isEqualTo(laptop.bounds().widthPx());
        assertThat(status(robot)).startsWith("投影片蓋住控制台");
        assertThat(preferences.get(Presenter.SCREEN_KEY, null)).as("covering the console is not remembered")
                .isEqualTo(projector.bounds().encode());
        robot.interact(() -> audience.requestFocus());
        robot.type(KeyCode.TAB);
        assertThat(presenter.consoleStage().isFocused()).as("Tab reaches the console under the slides").isTrue();

        choose(robot, toProjector);
        assertThat(questions).as("moving away from the console asks nothing").hasSize(2);
        assertThat(audience.getX()).isEqualTo(projector.bounds().xPx());
        assertThat(audience.getWidth()).isEqualTo(1280);
        assertThat(status(robot)).startsWith("觀眾視窗在第二螢幕");
        assertThat(preferences.get(Presenter.SCREEN_KEY, null)).isEqualTo(projector.bounds().encode());
    }

    /** Records each question and answers it as the test says. */
    private final class Answering implements DialogService {

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            questions.add(title + " " + message + " [" + yes + "/" + no + "]");
            return answer;
        }

        @Override
        public void showError(String title, String message) {
            throw new AssertionError("unexpected error dialog: " + message);
        }

        @Override
        public void showInformation(String title, String header, String message) {
            throw new AssertionError("unexpected dialog: " + message);
        }

        @Override
        public Optional<Path> chooseProgrammeToOpen(Path folder) {
            throw new AssertionError("unexpected file chooser");
        }

        @Override
        public Optional<Path> chooseProgrammeToSave(Path folder, String suggestedName) {
            throw new AssertionError("unexpected file chooser");
        }

        @Override
        public SaveChoice askToSaveChanges(String programmeTitle) {
            throw new AssertionError("unexpected save question");
        }

        @Override
        public List<Path> choosePhotos(Path folder) {
            throw new AssertionError("unexpected photo chooser");
        }
    }
}
