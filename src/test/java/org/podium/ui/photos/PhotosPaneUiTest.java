package org.podium.ui.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.AppContext;
import org.podium.media.TestImages;
import org.podium.model.FocalPoint;
import org.podium.model.PhotoGrid;
import org.podium.model.SegmentId;
import org.podium.model.Slide;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.session.Selection;
import org.podium.ui.shell.Fakes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The All photos tab and a photo grid's focal points in the real window, headless. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PhotosPaneUiTest {

    private static final SegmentId MONTAGE = new SegmentId("s-montage");

    @TempDir
    static Path dir;

    private AppContext context;

    @Start
    void start(Stage stage) throws IOException {
        Path file = Files.createTempFile(dir, "jianye", ".podium");
        context = Fakes.openEditor(stage, file, new Fakes.Dialogs());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Slide gridSlide() {
        List<Slide> slides = context.session().programme().segment(MONTAGE).orElseThrow().slides();
        return slides.get(slides.size() - 1);
    }

    private PhotoGrid grid() {
        return (PhotoGrid) gridSlide().content();
    }

    /** A grid of a wide and a tall photo at the end of the montage, then the rows shown elsewhere. */
    private void addGrid(FxRobot robot) throws IOException {
        Path wide = Files.write(dir.resolve("stage.jpg"), TestImages.jpeg(160, 90, 3));
        Path tall = Files.write(dir.resolve("choir.png"), TestImages.png(60, 90, 8));
        robot.interact(() -> context.photos().importFiles(List.of(wide, tall), Selection.segment(MONTAGE), true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> context.session().select(Selection.segment(new SegmentId("s-chorus"))));
    }

    @Test
    void thePhotosShowAsThumbnailsAndADoubleClickOpensTheirSlideWhereTheCaptionIsEdited(FxRobot robot)
            throws IOException {
        addGrid(robot);
        robot.clickOn("All photos");
        // the tab's grid is built when the tab is first chosen and fills its cells on the next pulses
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> thumbnails(robot).size() >= 2);
        } catch (TimeoutException e) {
            // the assertion below says what is missing
        }
        assertThat(thumbnails(robot)).as("a decoded thumbnail per photo").hasSize(2);

        Node choir = robot.lookup("choir.png").query();
        robot.doubleClickOn(choir, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.session().selectedSlide()).contains(gridSlide());

        robot.clickOn(".photos-caption").write("Choir");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(grid().photos().get(1).caption()).isEqualTo("Choir");
        assertThat(grid().photos().get(0).caption()).isEmpty();
        assertThat(robot.lookup(".photos-caption").queryAs(TextArea.class).getText()).isEqualTo("Choir");
    }

    /** The cells on show with a picture (the grid keeps spare cells, hidden, for scrolling). */
    private static List<Node> thumbnails(FxRobot robot) {
        return List.copyOf(robot.lookup("." + StyleClasses.PHOTO_CELL)
                .match((Node cell) -> cell.isVisible() && cell.getParent() != null && cell.getParent().isVisible()
                        && cell.lookup(".image-view") != null
                        && ((ImageView) cell.lookup(".image-view")).getImage() != null).queryAll());
    }

    @Test
    void aClickOnAGridCellInThePreviewSetsThatPhotosFocalPoint(FxRobot robot) throws IOException {
        addGrid(robot);
        robot.interact(() -> context.session().select(Selection.slide(MONTAGE, gridSlide().id())));
        WaitForAsyncUtils.waitForFxEvents();
        Node frame = robot.lookup("." + StyleClasses.PREVIEW_FRAME).query();
        assertThat(robot.lookup(".focal-marker").queryAll()).as("a crosshair per photo").hasSize(2);

        // The wide photo takes the left cell: a click a quarter of the way in, near the top.
        javafx.geometry.Bounds bounds = frame.localToScreen(frame.getBoundsInLocal());
        robot.clickOn(bounds.getMinX() + bounds.getWidth() * 0.12, bounds.getMinY() + bounds.getHeight() * 0.2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(grid().photos().get(0).focal()).isNotEqualTo(FocalPoint.CENTRE);
        assertThat(grid().photos().get(1).focal()).isEqualTo(FocalPoint.CENTRE);
    }
}
