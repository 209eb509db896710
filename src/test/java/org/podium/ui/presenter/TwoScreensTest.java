package org.podium.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.SlidePage;
import org.podium.layout.Themes;
import org.podium.media.PhotoCache;
import org.podium.model.Programme;
import org.podium.render.FxFontResolver;
import org.podium.render.FxTextMeasurer;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SaveChoice;
import org.podium.ui.common.Stylesheets;

/**
 * The audience window on a real second screen: an X server with the dummy driver and two outputs,
 * DUMMY0 (1920 × 1080, primary) and DUMMY1 (1280 × 720, right of it), started by
 * {@code .ci/two-screens.sh}, which runs this class alone with the GTK platform on that display.
 * Unplugging is {@code xrandr --output DUMMY1 --off}.
 */
@Tag("twoscreens")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoScreensTest {

    private static final double PRIMARY_WIDTH_PX = 1920;
    private static final long SCREEN_CHANGE_TIMEOUT_S = 20;
    private static final Path SHOTS = Path.of("target", "two-screens");

    private static final Path SAMPLE = Path.of("assets", "samples", "jianye-sharing-session.podium");
    /** 0-based page of the sample showing a photo, followed by a page of text. */
    private static final int SAMPLE_PHOTO_PAGE = 11;

    private static Presenter presenter;
    private static OpenedProgramme sample;
    /** x of the audience window whenever it was showing left of the second screen; must stay empty. */
    private static final List<Double> onPrimary = new CopyOnWriteArrayList<>();
    /** True while the operator has asked for the slides on their own screen. */
    private static volatile boolean movingOntoPrimaryAllowed;

    @BeforeAll
    static void startToolkit() throws Exception {
        assertThat(System.getenv("DISPLAY")).as("run through .ci/two-screens.sh, which starts the X server").isNotBlank();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        Platform.setImplicitExit(false);
        Files.createDirectories(SHOTS);
        sample = PodiumFile.read(SAMPLE);
    }

    @AfterAll
    static void stop() throws Exception {
        if (presenter != null) {
            fx(() -> {
                presenter.end();
                return null;
            });
        }
        Platform.exit();
        sample.close();
    }

    @Test
    @Order(1)
    void audienceWindowFollowsTheSecondScreenOutAndBackIn() throws Exception {
        startPresenter();
        settle();
        assertOnSecondScreen();
        screenshot("both-screens.png");

        xrandr("--output", "DUMMY1", "--off");
        awaitScreens(1);
        settle();
        assertThat(fx(() -> presenter.audience().stage().isShowing())).as("hidden with its screen").isFalse();
        assertThat(fx(() -> presenter.consoleStage().isShowing())).isTrue();
        screenshot("projector-unplugged.png");

        xrandr("--output", "DUMMY1", "--mode", "1280x720", "--right-of", "DUMMY0");
        awaitScreens(2);
        settle();
        assertOnSecondScreen();
        screenshot("projector-back.png");
        assertThat(onPrimary).as("x of the audience window while showing on the operator's screen").isEmpty();
    }

    @Test
    @Order(2)
    void theConsoleMovesTheSlidesToTheOperatorsScreenAfterAskingAndBack() throws Exception {
        startPresenter();
        assertThat(fx(() -> Screen.getScreens().size())).isEqualTo(2);
        settle();
        assertOnSecondScreen();
        List<String> asked = new CopyOnWriteArrayList<>();
        fx(() -> {
            presenter.setDialogs(new Confirming(asked));
            return null;
        });
        List<String> items = fx(() -> screenMenu().getItems().stream().map(MenuItem::getText).toList());
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).as("the operator's screen is marked").startsWith("螢幕 1：1920 × 1080").endsWith("（本控制台）");
        assertThat(items.get(1)).isEqualTo("螢幕 2：1280 × 720，位置 1920, 0");

        fx(() -> {
            screenMenu().show();
            return null;
        });
        settle();
        screenshot("screen-menu.png");
        fx(() -> {
            screenMenu().hide();
            return null;
        });

        movingOntoPrimaryAllowed = true;
        fx(() -> {
            screenMenu().getItems().get(0).fire();
            return null;
        });
        settle();
        assertThat(asked).as("asked before covering the console").hasSize(1);
        Stage audience = presenter.audience().stage();
        assertThat(fx(audience::isShowing)).isTrue();
        assertThat(fx(audience::getX)).isEqualTo(0);
        assertThat(fx(audience::getWidth)).isEqualTo(PRIMARY_WIDTH_PX);
        assertThat(fx(audience::getHeight)).isEqualTo(1080);
        screenshot("slides-on-console-screen.png");

        fx(() -> {
            screenMenu().getItems().get(1).fire();
            return null;
        });
        settle();
        movingOntoPrimaryAllowed = false;
        assertThat(asked).as("moving away from the console asks nothing").hasSize(1);
        assertOnSecondScreen();
        screenshot("slides-moved-back.png");
        assertThat(onPrimary).isEmpty();
    }

    /** Opens the sample on the sample's photo page, once for the class. */
    private static void startPresenter() throws Exception {
        if (presenter != null) {
            return;
        }
        assertThat(fx(() -> Screen.getScreens().size())).as("two screens from the dummy X server").isEqualTo(2);
        fx(() -> {
            Stylesheets.installBaseTheme();
            Programme programme = sample.programme();
            List<SlidePage> pages = new SlideLayoutEngine(Themes.bundled(), new FxTextMeasurer(), new FxFontResolver())
                    .layout(programme);
            // decodes on the calling thread, so the screenshots show the photos
            presenter = new Presenter(programme, pages, sample.media(),
                    new PhotoCache(PhotoPrefetcher.PRESENTER_BUDGET_BYTES, new org.podium.media.PhotoDecoder()::decode),
                    Runnable::run, Messages.load(Locale.forLanguageTag("zh-Hant-TW")), Clock.systemDefaultZone(), null,
                    PresenterOptions.defaults().fromPage(SAMPLE_PHOTO_PAGE).holding(false),
                    new Stage(), new Stage());
            Stage audience = presenter.audience().stage();
            audience.xProperty().addListener((obs, old, x) -> check(audience));
            audience.showingProperty().addListener((obs, old, showing) -> check(audience));
            presenter.start();
            return null;
        });
    }

    private static MenuButton screenMenu() {
        return (MenuButton) presenter.consoleStage().getScene().lookup(".console-screen-menu");
    }

    /** Says yes to every question, recording it. */
    private record Confirming(List<String> asked) implements DialogService {

        @Override
        public boolean confirm(String title, String message, String yes, String no) {
            asked.add(title);
            return true;
        }

        @Override
        public void showError(String title, String message) {
            throw new AssertionError(message);
        }

        @Override
        public void showInformation(String title, String header, String message) {
            throw new AssertionError(message);
        }

        @Override
        public java.util.Optional<Path> chooseProgrammeToOpen(Path folder) {
            throw new AssertionError("no file chooser here");
        }

        @Override
        public java.util.Optional<Path> chooseProgrammeToSave(Path folder, String suggestedName) {
            throw new AssertionError("no file chooser here");
        }

        @Override
        public SaveChoice askToSaveChanges(String programmeTitle) {
            throw new AssertionError("no save question here");
        }

        @Override
        public List<Path> choosePhotos(Path folder) {
            throw new AssertionError("no photo chooser here");
        }
    }

    private static void check(Stage audience) {
        if (!movingOntoPrimaryAllowed && audience.isShowing() && audience.getX() < PRIMARY_WIDTH_PX) {
            onPrimary.add(audience.getX());
        }
    }

    private static void assertOnSecondScreen() throws Exception {
        Stage audience = presenter.audience().stage();
        assertThat(fx(audience::isShowing)).isTrue();
        assertThat(fx(audience::getX)).isGreaterThanOrEqualTo(PRIMARY_WIDTH_PX);
        assertThat(fx(audience::getWidth)).isEqualTo(1280);
        assertThat(fx(audience::getHeight)).isEqualTo(720);
    }

    /** Waits, within a bound, for the screen list to change to {@code count} screens. */
    private static void awaitScreens(int count) throws Exception {
        CountDownLatch changed = new CountDownLatch(1);
        ListChangeListener<Screen> listener = change -> {
            if (Screen.getScreens().size() == count) {
                changed.countDown();
            }
        };
        fx(() -> {
            Screen.getScreens().addListener(listener);
            if (Screen.getScreens().size() == count) {
                changed.countDown();
            }
            return null;
        });
        try {
            assertThat(changed.await(SCREEN_CHANGE_TIMEOUT_S, TimeUnit.SECONDS))
                    .as("JavaFX saw %d screen(s) within %d s", count, SCREEN_CHANGE_TIMEOUT_S).isTrue();
        } finally {
            fx(() -> {
                Screen.getScreens().removeListener(listener);
                return null;
            });
        }
    }

    /** Lets the windows and the X server catch up: a few round trips through the FX thread and X. */
    private static void settle() throws Exception {
        for (int i = 0; i < 5; i++) {
            fx(() -> null);
            run("xrandr", "--query");
        }
    }

    private static void xrandr(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "xrandr";
        System.arraycopy(args, 0, command, 1, args.length);
        run(command);
    }

    private static void screenshot(String name) throws Exception {
        run("import", "-window", "root", "-display", System.getenv("DISPLAY"), SHOTS.resolve(name).toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", List.of(command), output).isZero();
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
