package org.podium.ui.runningorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.AppContext;
import org.podium.ui.shell.Fakes;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Thumbnails in the real window's running order, headless. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ThumbnailsUiTest {

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

    @Test
    void slideRowsShowAThumbnailOfTheSlideAndSegmentRowsDoNot(FxRobot robot) {
        List<ImageView> slideThumbnails = robot.lookup(".running-order .slide-row ." + RunningOrderCell.ROW_THUMBNAIL
                + " .image-view").queryAllAs(ImageView.class).stream().filter(ImageView::isVisible).toList();
        assertThat(slideThumbnails).isNotEmpty();
        for (ImageView view : slideThumbnails) {
            Image image = view.getImage();
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(SlideThumbnails.WIDTH_PX);
            assertThat(image.getHeight()).isEqualTo(54);
            assertThat(distinctColours(image)).as("a drawn slide, not a flat placeholder").isGreaterThan(2);
        }
        assertThat(robot.lookup(".running-order .segment-row ." + RunningOrderCell.ROW_THUMBNAIL)
                .queryAllAs(javafx.scene.Node.class)).allSatisfy(frame -> assertThat(frame.isVisible()).isFalse());
    }

    private static long distinctColours(Image image) {
        PixelReader pixels = image.getPixelReader();
        return java.util.stream.IntStream.range(0, (int) image.getWidth() * (int) image.getHeight())
                .map(i -> pixels.getArgb(i % (int) image.getWidth(), i / (int) image.getWidth()))
                .distinct().count();
    }
}
