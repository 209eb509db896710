package org.podium.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.TestProgrammes;
import org.podium.model.Programme;

/**
 * Exports that cannot be finished: the folder is a file or read-only, the disk fills up, a folder
 * or another program holds the target, the person cancels. Each fails with an error naming the
 * file and the problem, leaves the file that was there byte for byte, and leaves no temp file.
 */
class ExportFaultsTest {

    @TempDir
    Path dir;

    private final Programme programme = TestProgrammes.withoutPhotos();
    private final Programme revised = programme.withTitle(TestProgrammes.TITLE + "（修訂）");

    @AfterEach
    void theProgrammeIsUnchanged() {
        assertThat(programme).isEqualTo(TestProgrammes.withoutPhotos());
    }

    @ParameterizedTest
    @EnumSource(Formats.class)
    void aFolderThatIsReallyAFileIsNamed(Formats format) throws IOException {
        Path file = Files.writeString(dir.resolve("名單.txt"), "not a folder");
        Path target = file.resolve("分享會." + format.extension);

        assertThatThrownBy(() -> format.write(programme, target, ExportProgress.none()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(target.toString())
                .hasMessageContaining(file + " is a file, not a folder");
        assertThat(file).hasContent("not a folder");
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @ParameterizedTest
    @EnumSource(Formats.class)
    void aReadOnlyFolderIsNamedAndItsFileKept(Formats format) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("唯讀"));
        Path target = folder.resolve("分享會." + format.extension);
        format.write(programme, target, ExportProgress.none());
        byte[] previous = Files.readAllBytes(target);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(writableAnyway(folder), "this runs as root, and POSIX permissions do not stop root from "
                    + "writing; the refused folder is covered by aFolderThatIsReallyAFileIsNamed");

            assertThatThrownBy(() -> format.write(revised, target, ExportProgress.none()))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith(target.toString())
                    .hasMessageContaining("no permission to write in the folder " + folder);
            assertThat(target).hasBinaryContent(previous);
            assertThat(filesIn(folder)).containsExactly(target);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @ParameterizedTest
    @EnumSource(Formats.class)
    void aFullDiskKeepsThePreviousFileAndLeavesNoTempFile(Formats format) throws IOException {
        Path target = dir.resolve("分享會." + format.extension);
        format.write(programme, target, ExportProgress.none());
        byte[] previous = Files.readAllBytes(target);

        try (FullDisk disk = FullDisk.after(4096)) {
            assertThatThrownBy(() -> format.write(revised, target, ExportProgress.none()))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith(target.toString())
                    .hasMessageContaining(FullDisk.NO_SPACE);
        }
        assertThat(target).hasBinaryContent(previous);
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @ParameterizedTest
    @EnumSource(Formats.class)
    void aFolderWhereTheFileShouldGoIsNamedAndKept(Formats format) throws IOException {
        Path target = Files.createDirectory(dir.resolve("分享會." + format.extension));
        Path inside = Files.writeString(target.resolve("keep.txt"), "kept");

        assertThatThrownBy(() -> format.write(programme, target, ExportProgress.none()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(target.toString())
                .hasMessageContaining("a folder of that name is in the way");
        assertThat(inside).hasContent("kept");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    /** The replace itself fails: what Windows does when another program has the file open. */
    @ParameterizedTest
    @EnumSource(Formats.class)
    void aTargetThatCannotBeReplacedIsNamedAndKept(Formats format) throws IOException {
        Path target = dir.resolve("分享會." + format.extension);
        format.write(programme, target, ExportProgress.none());
        // once the export has begun writing, something puts a folder where the file was
        AtomicOutput.streams = out -> {
            try {
                Files.delete(target);
                Files.writeString(Files.createDirectory(target).resolve("keep.txt"), "kept");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        };
        try {
            assertThatThrownBy(() -> format.write(revised, target, ExportProgress.none()))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith(target.toString())
                    .hasMessageContaining("cannot replace the existing file");
        } finally {
            AtomicOutput.streams = UnaryOperator.identity();
        }
        assertThat(target.resolve("keep.txt")).hasContent("kept");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    /**
     * On Linux and macOS a file open and locked in another program is still replaced: the rename
     * gives the target the new bytes, and the program keeps reading the old ones it has open.
     */
    @ParameterizedTest
    @EnumSource(Formats.class)
    void aTargetOpenInAnotherProgramIsReplacedWhileItKeepsReadingTheOldFile(Formats format) throws IOException {
        assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win"),
                "Windows refuses to replace an open file: that is aTargetThatCannotBeReplacedIsNamedAndKept");
        Path target = dir.resolve("分享會." + format.extension);
        format.write(programme, target, ExportProgress.none());
        byte[] previous = Files.readAllBytes(target);

        try (FileChannel viewer = FileChannel.open(target, StandardOpenOption.READ);
             FileLock lock = viewer.lock(0, Long.MAX_VALUE, true)) {
            format.write(revised, target, ExportProgress.none());

            ByteBuffer seen = ByteBuffer.allocate(previous.length);
            while (seen.hasRemaining() && viewer.read(seen) >= 0) {
                // reads the whole file the viewer has open
            }
            assertThat(seen.array()).isEqualTo(previous);
            assertThat(lock.isValid()).isTrue();
        }
        assertThat(Files.readAllBytes(target)).isNotEqualTo(previous);
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @ParameterizedTest
    @EnumSource(Formats.class)
    void cancellingHalfWayKeepsThePreviousFileAndLeavesNoTempFile(Formats format) throws IOException {
        Path target = dir.resolve("分享會." + format.extension);
        format.write(programme, target, ExportProgress.none());
        byte[] previous = Files.readAllBytes(target);
        int[] written = new int[2];
        ExportProgress cancelAfterTheFirst = new ExportProgress() {
            @Override
            public void slideWritten(int done, int total) {
                written[0] = done;
                written[1] = total;
            }

            @Override
            public boolean isCancelled() {
                return written[0] >= 1;
            }
        };

        assertThatThrownBy(() -> format.write(revised, target, cancelAfterTheFirst))
                .isInstanceOf(CancellationException.class);
        assertThat(written[0]).as("slides or rows written before the cancel").isEqualTo(1);
        assertThat(written[1]).isGreaterThan(1);
        assertThat(target).hasBinaryContent(previous);
        assertThat(filesIn(dir)).containsExactly(target);
    }

    /** True when a file can be made in {@code folder} whatever its permissions say (root). */
    private static boolean writableAnyway(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve(".probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
