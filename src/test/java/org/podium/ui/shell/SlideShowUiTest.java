package org.podium.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.AppContext;
import org.podium.TestProgrammes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F5 in the editor starts the slide show: the presenter console opens for the programme being edited. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SlideShowUiTest {

    @TempDir
    static Path dir;

    private AppContext context;

    @Start
    void start(Stage stage) throws IOException {
        Path file = Files.createTempFile(dir, "jianye", ".podium");
        context = Fakes.openEditor(stage, file, new Fakes.Dialogs());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> presenterWindows().forEach(w -> ((Stage) w).close()));
        context.close();
    }

    private static List<Window> presenterWindows() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null
                        && (s.getTitle().startsWith("Presenter — ") || s.getTitle().equals("Podium")))
                .toList();
    }

    @Test
    void f5OpensThePresenterForTheProgrammeBeingEdited(FxRobot robot) {
        String title = context.session().programme().title();
        assertThat(presenterWindows()).isEmpty();

        robot.clickOn(TestProgrammes.ADDRESS);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Window.getWindows()).anyMatch(w -> w instanceof Stage s && w.isShowing()
                && ("Presenter — " + title).equals(s.getTitle()));
    }
}
