package org.podium.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.AppContext;
import org.podium.TestProgrammes;
import org.podium.io.OpenedProgramme;
import org.podium.io.PodiumFile;
import org.podium.media.TestImages;
import org.podium.model.SegmentId;
import org.podium.model.SegmentKind;
import org.podium.model.SinglePhoto;
import org.podium.model.Slide;
import org.podium.ui.session.Selection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing in the real window, headless: toolbar, inspector, drag and drop, keys, save. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EditorUiTest {

    @TempDir
    static Path dir;

    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private AppContext context;
    private Path file;

    @Start
    void start(Stage stage) throws IOException {
        file = Files.createTempFile(dir, "jianye", ".podium");
        context = Fakes.openEditor(stage, file, dialogs);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Node row(FxRobot robot, String text) {
        return robot.lookup(".running-order .row-title").match((Label l) -> l.getText().equals(text)).query();
    }

    /** The montage row is below the fold of the headless screen; select it as a click would. */
    private void selectMontage(FxRobot robot) {
        robot.interact(() -> context.session().select(Selection.segment(new SegmentId("s-montage"))));
    }

    private List<String> segmentTitles() {
        return context.session().programme().segments().stream().map(s -> s.title()).toList();
    }

    @Test
    void addSegmentFromTheToolbar(FxRobot robot) {
        robot.clickOn(TestProgrammes.ADDRESS);
        robot.clickOn("Segment");
        robot.clickOn(robot.lookup(".context-menu .label").match((Label l) -> "Award".equals(l.getText()))
                .queryAs(Label.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.session().programme().segments().get(2).kind()).isEqualTo(SegmentKind.AWARD);
        TreeView<?> tree = robot.lookup(".running-order").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).hasSize(8);
        assertThat(tree.getSelectionModel().getSelectedIndex()).as("the new segment is selected").isPositive();
        assertThat(robot.lookup(".inspector-field-title").queryTextInputControl().getText()).isEqualTo("Award");
    }

    @Test
    void addAPhotoSlideThenEditItsCaptionAsOneUndoStep(FxRobot robot) throws IOException {
        Path photo = Files.write(dir.resolve("medal.jpg"), TestImages.jpeg(120, 80, 7));
        selectMontage(robot);
        dialogs.photoAnswers.push(List.of(photo));

        robot.clickOn("Photos");
        WaitForAsyncUtils.waitForFxEvents();

        List<Slide> slides = context.session().programme().segments().get(5).slides();
        assertThat(slides).hasSize(2);
        assertThat(slides.get(1).content()).isInstanceOf(SinglePhoto.class);
        assertThat(robot.lookup(".details-heading").queryAs(Label.class).getText()).isEqualTo("Slide 2 of 2 · Photo");

        robot.clickOn(".inspector-field-caption").write("Medal for fifty years");
        WaitForAsyncUtils.waitForFxEvents();
        SinglePhoto edited = (SinglePhoto) context.session().programme().segments().get(5).slides().get(1).content();
        assertThat(edited.photo().caption()).isEqualTo("Medal for fifty years");
        assertThat(robot.lookup(".preview-summary").queryAs(Label.class).getText()).isEqualTo("Medal for fifty years");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        edited = (SinglePhoto) context.session().programme().segments().get(5).slides().get(1).content();
        assertThat(edited.photo().caption()).isEmpty();
        assertThat(robot.lookup(".inspector-field-caption").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(context.session().programme().segments().get(5).slides()).hasSize(2);
    }

    @Test
    void dragARowOntoAnotherThenUndoAndRedoWithKeys(FxRobot robot) {
        robot.drag(row(robot, TestProgrammes.CHORUS)).dropTo(row(robot, TestProgrammes.DIALOGUE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(segmentTitles()).containsExactly(TestProgrammes.ADDRESS, TestProgrammes.DIALOGUE,
                TestProgrammes.CHORUS, TestProgrammes.AWARD, TestProgrammes.TESTIMONY, TestProgrammes.MONTAGE,
                TestProgrammes.CLOSING);
        TreeView<?> tree = robot.lookup(".running-order").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren().get(2).getValue().toString()).contains(TestProgrammes.CHORUS);
        assertThat(context.mainWindow().windowTitleProperty().get()).startsWith("• ");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(segmentTitles().get(0)).isEqualTo(TestProgrammes.CHORUS);
        assertThat(context.mainWindow().windowTitleProperty().get()).doesNotStartWith("•");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(segmentTitles().get(2)).isEqualTo(TestProgrammes.CHORUS);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(segmentTitles().get(2)).isEqualTo(TestProgrammes.CHORUS);
    }

    @Test
    void dragASlideIntoAnotherSegment(FxRobot robot) {
        robot.drag(row(robot, TestProgrammes.QUOTE + " — 陳懷健")).dropTo(row(robot, TestProgrammes.DIALOGUE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.session().programme().segments().get(1).slides()).hasSize(1);
        assertThat(context.session().programme().segments().get(2).slides()).hasSize(3);
    }

    @Test
    void deleteKeyRemovesTheSelectedSlideAndSaveThenReopenGivesTheSameProgramme(FxRobot robot) throws IOException {
        robot.clickOn(TestProgrammes.QUOTE + " — 陳懷健").type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.session().programme().segments().get(1).slides()).hasSize(1);
        Path photo = Files.write(dir.resolve("group.png"), TestImages.png(90, 60, 3));
        selectMontage(robot);
        dialogs.photoAnswers.push(List.of(photo));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.session().programme().segments().get(5).slides()).hasSize(2);

        Path target = dir.resolve("saved-copy.podium");
        dialogs.saveAnswers.push(Optional.of(target));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.mainWindow().windowTitleProperty().get()).doesNotStartWith("•");
        try (OpenedProgramme reopened = PodiumFile.read(target)) {
            assertThat(reopened.programme()).isEqualTo(context.session().programme());
            assertThat(reopened.programme().media()).singleElement()
                    .satisfies(ref -> assertThat(ref.originalName()).isEqualTo("group.png"));
        }
    }

    @Test
    void altArrowsMoveTheSelectedRowAndCtrlDDuplicatesIt(FxRobot robot) {
        robot.clickOn(TestProgrammes.ADDRESS);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(segmentTitles().subList(0, 3)).containsExactly(TestProgrammes.CHORUS, TestProgrammes.DIALOGUE,
                TestProgrammes.ADDRESS);

        robot.clickOn(TestProgrammes.CHORUS);
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(segmentTitles().subList(0, 2)).containsExactly(TestProgrammes.CHORUS, TestProgrammes.CHORUS);
    }

    @Test
    void peopleAreEditedInATableOfNamesAndRoles(FxRobot robot) {
        robot.clickOn(TestProgrammes.ADDRESS);
        TableView<?> table = robot.lookup(".inspector-field-people .table-view").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);

        // The headless screen is short: scroll the inspector to the table's buttons first.
        ScrollPane inspector = robot.lookup(".details-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> inspector.setVvalue(inspector.getVmax()));
        robot.clickOn("Add").write("Li Ming").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.session().programme().segments().get(1).people()).extracting(p -> p.name())
                .containsExactly("陳懷健", "Li Ming");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
    }

    @Test
    void settingsDialogAppliesItsChangesAsOneUndoStep(FxRobot robot) {
        robot.clickOn("Settings");
        WaitForAsyncUtils.waitForFxEvents();
        TextField venue = robot.lookup("#venueField").queryAs(TextField.class);
        assertThat(venue.getText()).isEqualTo("南京市建鄴區");

        robot.doubleClickOn(venue).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Jianye Hall");
        robot.clickOn(robot.lookup("#startTimeField").queryAs(TextField.class))
                .press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("09:00");
        robot.clickOn(robot.lookup(".settings-dialog .button").match((Button b) -> "OK".equals(b.getText()))
                .queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.session().programme().venue()).isEqualTo("Jianye Hall");
        assertThat(context.session().programme().startTime()).isEqualTo(java.time.LocalTime.of(9, 0));
        assertThat(context.mainWindow().undoTextProperty().get()).isEqualTo("Undo Change programme details");
        assertThat(robot.lookup(".programme-particulars").queryAs(Label.class).getText()).contains("Jianye Hall");
    }
}
