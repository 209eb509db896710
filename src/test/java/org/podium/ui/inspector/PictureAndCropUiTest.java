package org.podium.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.AppContext;
import org.podium.media.TestImages;
import org.podium.model.Crop;
import org.podium.model.MediaRef;
import org.podium.model.SegmentId;
import org.podium.model.SinglePhoto;
import org.podium.model.SlideId;
import org.podium.model.SpeakerCard;
import org.podium.ui.session.Selection;
import org.podium.ui.shell.Fakes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Portraits and crops in the real window's inspector, headless. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PictureAndCropUiTest {

    private static final SegmentId ADDRESS = new SegmentId("s-address");
    private static final SlideId CHEN = new SlideId("t-chen");
    private static final String PORTRAIT = ".inspector-field-portrait1 .combo-box";
    private static final String RATIO = ".combo-box.inspector-field-cropRatio";

    @TempDir
    static Path dir;

    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private AppContext context;

    @Start
    void start(Stage stage) throws IOException {
        Path file = Files.createTempFile(dir, "jianye", ".podium");
        context = Fakes.openEditor(stage, file, dialogs);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private MediaRef chenPortrait() {
        return ((SpeakerCard) context.session().programme().segment(ADDRESS).orElseThrow().slide(CHEN).orElseThrow()
                .content()).speakers().get(0).portrait();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<InspectorField.Choice> combo(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    /** Scrolls the inspector so that {@code node} is on screen, as a person would before clicking it. */
    private Node reveal(FxRobot robot, Node node) {
        robot.interact(() -> {
            ScrollPane scroll = robot.lookup(".details-scroll").queryAs(ScrollPane.class);
            double contentPx = scroll.getContent().getLayoutBounds().getHeight();
            double viewportPx = scroll.getViewportBounds().getHeight();
            double topPx = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            scroll.setVvalue(contentPx <= viewportPx ? 0 : Math.min(1, Math.max(0, (topPx - 40) / (contentPx - viewportPx))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private void click(FxRobot robot, String query) {
        robot.clickOn(reveal(robot, robot.lookup(query).query()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void importAPortraitRemoveItAndChooseItAgainFromTheList(FxRobot robot) throws IOException {
        Path photo = Files.write(dir.resolve("chen.jpg"), TestImages.jpeg(90, 120, 5));
        robot.interact(() -> context.session().select(Selection.slide(ADDRESS, CHEN)));
        dialogs.photoAnswers.push(List.of(photo));

        click(robot, ".inspector-field-portrait1 .picture-import");

        assertThat(chenPortrait()).isNotNull();
        assertThat(chenPortrait().originalName()).isEqualTo("chen.jpg");
        assertThat(combo(robot, PORTRAIT).getValue().label()).isEqualTo("chen.jpg");

        click(robot, ".inspector-field-portrait1 .picture-remove");
        assertThat(chenPortrait()).isNull();
        assertThat(combo(robot, PORTRAIT).getValue().label()).isEqualTo("No picture");

        click(robot, PORTRAIT);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> cell) -> "chen.jpg".equals(cell.getText())).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chenPortrait()).isNotNull();
        assertThat(chenPortrait().originalName()).isEqualTo("chen.jpg");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void cropEdgesAreTypedAndCheckedAndTheRatioFollows(FxRobot robot) throws IOException {
        Path photo = Files.write(dir.resolve("medal.jpg"), TestImages.jpeg(160, 120, 7));
        robot.interact(() -> context.session().select(Selection.segment(new SegmentId("s-montage"))));
        dialogs.photoAnswers.push(List.of(photo));
        robot.clickOn("Photos");
        WaitForAsyncUtils.waitForFxEvents();

        TextField left = robot.lookup(".inspector-field-cropLeft").queryAs(TextField.class);
        robot.clickOn(reveal(robot, left)).write("20");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(crop().left()).isEqualTo(0.2);
        assertThat(combo(robot, RATIO).getValue().label()).isEqualTo("Custom (edges below)");

        TextField right = robot.lookup(".inspector-field-cropRight").queryAs(TextField.class);
        robot.clickOn(reveal(robot, right)).write("90");
        WaitForAsyncUtils.waitForFxEvents();
        // "9" was fine and applied as it was typed; "90" would leave too little and is refused.
        assertThat(crop().right()).isEqualTo(0.09);
        assertThat(robot.lookup(".field-error").queryAll()).extracting(n -> ((Label) n).getText())
                .anySatisfy(text -> assertThat(text).contains("75"));

        click(robot, RATIO);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> cell) -> "No crop".equals(cell.getText())).queryAs(ListCell.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(crop()).isEqualTo(Crop.NONE);
        assertThat(left.getText()).isEqualTo("0");
    }

    private Crop crop() {
        List<org.podium.model.Slide> slides = context.session().programme().segment(new SegmentId("s-montage"))
                .orElseThrow().slides();
        return ((SinglePhoto) slides.get(slides.size() - 1).content()).photo().crop();
    }
}
