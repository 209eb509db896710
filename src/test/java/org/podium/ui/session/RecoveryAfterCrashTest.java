package org.podium.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.AppContext;
import org.podium.TestProgrammes;
import org.podium.edit.SegmentEdits;
import org.podium.io.PodiumFile;
import org.podium.io.RecoveryStore;
import org.podium.media.MediaStore;
import org.podium.model.Programme;
import org.podium.model.SegmentId;
import org.podium.ui.common.Messages;
import org.podium.ui.shell.Fakes;
import org.podium.ui.shell.PodiumFileStore;

/** Autosave writes a copy a few seconds after a change; after a crash the next start offers it. */
class RecoveryAfterCrashTest {

    @TempDir
    Path dir;

    private final Fakes.Dialogs dialogs = new Fakes.Dialogs();
    private final Fakes.ManualScheduler clock = new Fakes.ManualScheduler();

    private AppContext start() {
        return new AppContext(Messages.load(Locale.ENGLISH), "test",
                Fakes.ports(new PodiumFileStore(), dialogs, new Fakes.Recent(), dir.resolve("recovery"), clock));
    }

    private Path saved() throws IOException {
        Path file = dir.resolve("jianye.podium");
        PodiumFile.write(file, TestProgrammes.withoutPhotos(), MediaStore.empty());
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2021-06-01T00:00:00Z")));
        return file;
    }

    private static void moveChorus(AppContext app) {
        app.session().apply(new SegmentEdits.MoveSegment(new SegmentId("s-chorus"), 6));
    }

    @Test
    void changeIsWrittenAfterTheQuietPeriodAndRestoredOnTheNextStart() throws IOException {
        Path file = saved();
        AppContext first = start();
        first.mainWindow().open(file);
        moveChorus(first);
        Programme edited = first.session().programme();
        assertThat(new RecoveryStore(dir.resolve("recovery")).find()).as("nothing written before the pause").isEmpty();

        clock.elapse();
        // The app dies here: no close, no save.

        dialogs.confirmAnswers.push(true);
        AppContext next = start();
        next.mainWindow().openAtStartup(null);

        assertThat(dialogs.questions).singleElement().asString().startsWith("Recover unsaved work")
                .contains(file.toAbsolutePath().toString());
        assertThat(next.session().programme()).isEqualTo(edited);
        assertThat(next.session().isDirty()).isTrue();
        assertThat(next.session().fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(next.mainWindow().windowTitleProperty().get()).startsWith("• ");

        next.mainWindow().save();
        try (var reopened = PodiumFile.read(file)) {
            assertThat(reopened.programme()).isEqualTo(edited);
        }
        assertThat(new RecoveryStore(dir.resolve("recovery")).find()).as("a save clears the copy").isEmpty();
        next.close();
    }

    @Test
    void declinedCopyIsDeletedAndTheLastFileOpens() throws IOException {
        Path file = saved();
        AppContext first = start();
        first.mainWindow().open(file);
        moveChorus(first);
        clock.tick();

        dialogs.confirmAnswers.push(false);
        AppContext next = start();
        next.mainWindow().openAtStartup(file);

        assertThat(next.session().programme()).isEqualTo(TestProgrammes.withoutPhotos());
        assertThat(new RecoveryStore(dir.resolve("recovery")).find()).isEmpty();
    }

    @Test
    void cleanCloseLeavesNothingToRecover() throws IOException {
        AppContext first = start();
        first.mainWindow().open(saved());
        moveChorus(first);
        clock.elapse();
        assertThat(new RecoveryStore(dir.resolve("recovery")).find()).isPresent();

        first.close();

        assertThat(new RecoveryStore(dir.resolve("recovery")).find()).isEmpty();
    }

    @Test
    void undoingBackToTheSavedStateRemovesTheCopy() throws IOException {
        AppContext first = start();
        first.mainWindow().open(saved());
        moveChorus(first);
        clock.elapse();
        first.session().undo();
        clock.elapse();
        assertThat(new RecoveryStore(dir.resolve("recovery")).find()).isEmpty();
    }
}
