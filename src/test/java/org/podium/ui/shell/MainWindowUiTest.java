package org.podium.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.AppContext;
import org.podium.TestProgrammes;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Stylesheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless, with a Traditional Chinese programme. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {

    @TempDir
    static Path recoveryDir;

    private AppContext context;

    @Start
    void start(Stage stage) {
        Stylesheets.installBaseTheme();
        Fakes.Store store = new Fakes.Store();
        Path file = Path.of("jianye.podium");
        store.files.put(file, TestProgrammes.jianye());
        context = new AppContext(Messages.load(Locale.forLanguageTag("zh-Hant-TW")), "test",
                Fakes.ports(store, new Fakes.Dialogs(), new Fakes.Recent(), recoveryDir, new Fakes.ManualScheduler()));
        context.showMainWindow(stage);
        context.mainWindow().open(file);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private List<Label> visible(FxRobot robot, String styleClass) {
        return robot.lookup(".running-order ." + styleClass).queryAllAs(Label.class).stream()
                .filter(label -> label.isVisible() && label.getScene() != null && !label.getText().isEmpty())
                .collect(Collectors.toList());
    }

    @Test
    void treeShowsTheSegmentTitlesInAChineseFont(FxRobot robot) {
        TreeView<?> tree = robot.lookup(".running-order").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(7);

        List<String> titles = visible(robot, "row-title").stream().map(Label::getText).collect(Collectors.toList());
        assertThat(titles).contains(TestProgrammes.CHORUS, TestProgrammes.ADDRESS, TestProgrammes.DIALOGUE);
        assertThat(visible(robot, "kind-pill")).extracting(Label::getText).contains("表演", "致辭", "引語");

        Font font = visible(robot, "row-title").get(0).getFont();
        assertThat(Font.getFamilies()).as("fonts-noto-cjk is installed").contains("Noto Sans CJK TC");
        assertThat(font.getFamily()).isEqualTo("Noto Sans CJK TC");
        assertThat(robot.lookup(".programme-title").queryAs(Label.class).getText()).isEqualTo(TestProgrammes.TITLE);
        assertThat(robot.lookup(".status-summary").queryAs(Label.class).getText())
                .isEqualTo("7 個環節 · 10 張投影片 · 計劃 1 小時 05 分");
    }

    @Test
    void selectingASlideShowsItsFieldsInTheInspector(FxRobot robot) {
        assertThat(robot.lookup(".inspector-grid .text-area").queryAll()).isEmpty();

        robot.clickOn(TestProgrammes.QUOTE + " — 陳懷健");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".details-heading").queryAs(Label.class).getText())
                .isEqualTo("第 2 / 2 張投影片 · 引語");
        assertThat(robot.lookup(".inspector-field-quote").queryAs(TextArea.class).getText())
                .isEqualTo(TestProgrammes.QUOTE);
        assertThat(robot.lookup(".inspector-field-attributionName").queryAs(TextField.class).getText())
                .isEqualTo("陳懷健");
        assertThat(robot.lookup(".details-title").queryAs(Label.class).getText()).isEqualTo(TestProgrammes.ADDRESS);
    }
}
