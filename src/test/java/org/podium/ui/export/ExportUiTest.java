package org.podium.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.AppContext;
import org.podium.TestProgrammes;
import org.podium.layout.SlideLayoutEngine;
import org.podium.layout.Themes;
import org.podium.model.Programme;
import org.podium.render.FxFontResolver;
import org.podium.render.FxTextMeasurer;
import org.podium.ui.common.Messages;
import org.podium.ui.common.SameThreadRunner;
import org.podium.ui.common.Stylesheets;
import org.podium.ui.shell.Fakes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export in the real window, headless, with a Traditional Chinese programme and the chooser answered. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {

    @TempDir
    static Path recoveryDir;

    @TempDir
    Path out;

    private final Programme programme = TestProgrammes.withoutPhotos();
    private final List<Path> folders = new ArrayList<>();
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Stylesheets.installBaseTheme();
        Fakes.Store store = new Fakes.Store();
        Path file = out.resolve("jianye.podium");
        store.files.put(file, programme);
        Messages messages = Messages.load(Locale.forLanguageTag("zh-Hant-TW"));
        ExportFileChooser chooser = (kind, folder, suggestedName) -> {
            folders.add(folder);
            return Optional.of(out.resolve(suggestedName));
        };
        context = new AppContext(messages, "test",
                Fakes.ports(store, new Fakes.Dialogs(), new Fakes.Recent(), recoveryDir, new Fakes.ManualScheduler()),
                new ExportPorts(chooser, new FxExportNotifier(messages, new SameThreadRunner(), () -> stage),
                        ExportMemory.inMemory()));
        context.showMainWindow(stage);
        context.mainWindow().open(file);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /**
     * Clicks File, Export and the entry {@code text} of this test's window; the nodes come from the
     * menus themselves, as an earlier test's window may still answer a lookup by text.
     */
    private void chooseExport(FxRobot robot, String text) throws TimeoutException {
        MenuBar bar = robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().get(0);
        Menu export = (Menu) file.getItems().stream().filter(item -> "exportMenu".equals(item.getId()))
                .findFirst().orElseThrow();
        MenuItem entry = export.getItems().stream().filter(item -> text.equals(item.getText())).findFirst()
                .orElseThrow();
        robot.clickOn(robot.from(bar).lookup(file.getText()).queryLabeled());
        robot.moveTo(export.getStyleableNode());
        // the submenu opens on hover, a moment later
        MenuItem first = export.getItems().get(0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> first.getStyleableNode() != null
                && first.getStyleableNode().getScene() != null);
        // across into the submenu first, then down: a diagonal path would cross File's other entries and close it
        robot.moveTo(first.getStyleableNode());
        robot.clickOn(entry.getStyleableNode());
    }

    private static int laidOutSlides(Programme programme) {
        return new SlideLayoutEngine(Themes.bundled(), new FxTextMeasurer(), new FxFontResolver()).layout(programme)
                .size();
    }

    @Test
    void powerPointWithTheDefaultOptionsWritesEverySlide(FxRobot robot) throws Exception {
        chooseExport(robot, "PowerPoint 簡報(_P)…");
        WaitForAsyncUtils.waitForFxEvents();
        RadioButton chosen = robot.lookup(".export-dialog .radio-button").queryAllAs(RadioButton.class).stream()
                .filter(RadioButton::isSelected).findFirst().orElseThrow();
        assertThat(chosen.getText()).isEqualTo("高（2560 像素）");

        robot.clickOn("匯出");
        WaitForAsyncUtils.waitForFxEvents();

        Path deck = out.resolve(TestProgrammes.TITLE + ".pptx");
        assertThat(deck).isRegularFile();
        assertThat(folders).containsExactly(out.toAbsolutePath());
        int slides = laidOutSlides(programme);
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            assertThat(show.getSlides()).hasSize(slides);
        }
        assertThat(context.export().statusProperty().get())
                .isEqualTo("已將 " + slides + " 張投影片匯出至 " + deck.getFileName());
    }

    @Test
    void handoutsFourAPageDrawEverySlide(FxRobot robot) throws Exception {
        chooseExport(robot, "講義（PDF）(_H)…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("4").clickOn("匯出");
        WaitForAsyncUtils.waitForFxEvents();

        Path handouts = out.resolve(TestProgrammes.TITLE + " 講義.pdf");
        assertThat(handouts).isRegularFile();
        try (PDDocument pdf = Loader.loadPDF(handouts.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo((laidOutSlides(programme) + 3) / 4);
        }
    }
}
