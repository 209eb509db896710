package org.podium.export;

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

/** Temp files that killed exports left are removed by the next export to the same file, and only those. */
class StaleTempsTest {

    @TempDir
    Path dir;

    @Test
    void anExportRemovesTheTempFilesThatKilledExportsOfTheSameFileLeft() throws IOException {
        Path target = dir.resolve("流程表.xlsx");
        Path killed = Files.write(dir.resolve(".流程表.xlsx.tmp-0badf00d"), new byte[1000]);
        Path killedEarlier = Files.createFile(dir.resolve(".流程表.xlsx.tmp-12345678"));
        Path otherFile = Files.createFile(dir.resolve(".其他.xlsx.tmp-0badf00d"));
        Path notOurs = Files.createFile(dir.resolve(".流程表.xlsx.tmp-notes"));

        Formats.XLSX.write(TestProgrammes.withoutPhotos(), target, ExportProgress.none());

        assertThat(killed).doesNotExist();
        assertThat(killedEarlier).doesNotExist();
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(target, otherFile, notOurs);
    }

    @Test
    void aTempFileThatAnExportStillHoldsIsKept() throws IOException {
        Path target = dir.resolve("流程表.xlsx");
        Path writing = Files.createFile(dir.resolve(".流程表.xlsx.tmp-a1b2c3d4"));

        try (FileChannel channel = FileChannel.open(writing, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            Formats.XLSX.write(TestProgrammes.withoutPhotos(), target, ExportProgress.none());

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
