package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.TestProgrammes;
import org.podium.media.MediaStore;

/** Temp files that killed saves left are removed by the next save of the same file, and only those. */
class StaleTempsTest {

    @TempDir
    Path dir;

    @Test
    void aSaveRemovesTheTempFilesThatKilledSavesOfTheSameFileLeft() throws IOException {
        Path target = dir.resolve("分享會.podium");
        Path killed = Files.write(dir.resolve(".分享會.podium.tmp-0badf00d"), new byte[1000]);
        Path killedEarlier = Files.createFile(dir.resolve(".分享會.podium.tmp-12345678"));
        Path otherFile = Files.createFile(dir.resolve(".其他.podium.tmp-0badf00d"));
        Path notOurs = Files.createFile(dir.resolve(".分享會.podium.tmp-notes"));

        PodiumFile.write(target, TestProgrammes.withoutPhotos(), MediaStore.empty());

        assertThat(killed).doesNotExist();
        assertThat(killedEarlier).doesNotExist();
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(target, otherFile, notOurs);
    }

    @Test
    void aTempFileThatASaveStillHoldsIsKept() throws IOException {
        Path target = dir.resolve("分享會.podium");
        Path writing = Files.createFile(dir.resolve(".分享會.podium.tmp-a1b2c3d4"));

        try (FileChannel channel = FileChannel.open(writing, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            PodiumFile.write(target, TestProgrammes.withoutPhotos(), MediaStore.empty());

            assertThat(writing).exists();
            assertThat(lock.isValid()).isTrue();
        }
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(target, writing);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
