package org.podium.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.AppContext;
import org.podium.TestProgrammes;
import org.podium.edit.ProgrammeEdits;
import org.podium.io.PodiumFile;
import org.podium.media.MediaStore;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Stylesheets;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A session that dies after an autosave; the next start shows the offer and the restored programme. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RecoveryUiTest {

    private static final String EDITED_TITLE = "改過的標題";

    @TempDir
    static Path dir;

    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private AppContext next;
    private Stage stage;

    @Start
    void start(Stage window) throws IOException {
        Stylesheets.installBaseTheme();
        stage = window;
        Path file = dir.resolve("jianye.podium");
        PodiumFile.write(file, TestProgrammes.withoutPhotos(), MediaStore.empty());
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2021-06-01T00:00:00Z")));
        Path recovery = dir.resolve("recovery");
        Messages messages = Messages.load(Locale.forLanguageTag("zh-Hant-TW"));

        Fakes.ManualScheduler clock = new Fakes.ManualScheduler();
        AppContext crashed = new AppContext(messages, "test",
                Fakes.ports(new PodiumFileStore(), dialogs, new Fakes.Recent(), recovery, clock));
        crashed.mainWindow().open(file);
        ProgrammeEdits.ChangeInfo info = ProgrammeEdits.ChangeInfo.of(crashed.session().programme());
        crashed.session().apply(new ProgrammeEdits.ChangeInfo(EDITED_TITLE, info.subtitle(), info.date(), info.venue(),
                info.organiser(), info.startTime()));
        clock.elapse();

        dialogs.confirmAnswers.push(true);
        next = new AppContext(messages, "test", Fakes.ports(new PodiumFileStore(), dialogs, new Fakes.Recent(),
                recovery, new Fakes.ManualScheduler()));
        next.showMainWindow(window);
        next.mainWindow().openAtStartup(null);
    }

    @AfterEach
    void close() {
        next.close();
    }

    @Test
    void nextStartOffersTheCopyAndShowsTheRestoredProgrammeAsUnsaved(FxRobot robot) {
        assertThat(dialogs.questions).singleElement().asString().startsWith("復原未儲存的工作");
        assertThat(robot.lookup(".programme-title").queryAs(Label.class).getText()).isEqualTo(EDITED_TITLE);
        assertThat(stage.getTitle()).isEqualTo("• " + EDITED_TITLE + " — Podium");
        assertThat(robot.lookup(".status-file").queryAs(Label.class).getText())
                .isEqualTo(dir.resolve("jianye.podium").toAbsolutePath().toString());
    }
}
