package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.export.FullDisk;

/**
 * {@code podium export} when the output cannot be written: exit code 1, one line naming the file
 * and the problem, the file that was there unchanged and no temp file.
 */
class ExportFaultsCliTest {

    private static final Path SAMPLE = Path.of("assets/samples/jianye-sharing-session.podium");

    @TempDir
    Path dir;

    @RegisterExtension
    final CliRun cli = new CliRun();

    @ParameterizedTest
    @ValueSource(strings = {"--pptx", "--xlsx", "--sheet-pdf", "--handouts"})
    void anOutputInsideAFileIsRefusedBeforeAnythingIsWritten(String option) throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Path output = file.resolve("out");

        assertThat(cli.run("export", SAMPLE.toString(), option, output.toString())).isEqualTo(PodiumCli.PROBLEMS);

        assertThat(cli.err()).isEqualTo(file + " is a file, not a folder; choose a folder to write into."
                + System.lineSeparator());
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void anOutputThatIsAFolderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("sheet.xlsx"));

        assertThat(cli.run("export", SAMPLE.toString(), "--xlsx", folder.toString())).isEqualTo(PodiumCli.PROBLEMS);

        assertThat(cli.err()).contains(folder + " is a folder; give the name of the file to write.");
        assertThat(filesIn(folder)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--pptx", "--xlsx"})
    void aFullDiskIsNamedAndTheEarlierExportKept(String option) throws IOException {
        Path output = dir.resolve(option.equals("--pptx") ? "分享會.pptx" : "流程表.xlsx");
        assertThat(cli.run("export", SAMPLE.toString(), option, output.toString())).as(cli.err()).isZero();
        byte[] previous = Files.readAllBytes(output);

        int code;
        try (FullDisk disk = FullDisk.after(4096)) {
            code = cli.run("export", SAMPLE.toString(), option, output.toString());
        }

        assertThat(code).isEqualTo(PodiumCli.PROBLEMS);
        assertThat(cli.err()).startsWith(output.toString()).contains(": " + FullDisk.NO_SPACE);
        assertThat(output).hasBinaryContent(previous);
        assertThat(filesIn(dir)).containsExactly(output);
    }

    @Test
    void aFullDiskIsSaidInTheTerminalsTraditionalChineseWithWhatToDo() throws IOException {
        Path output = dir.resolve("分享會.pptx");
        Locale.setDefault(Locale.TAIWAN);

        int code;
        try (FullDisk disk = FullDisk.after(4096)) {
            code = cli.run("export", SAMPLE.toString(), "--pptx", output.toString());
        }

        assertThat(code).isEqualTo(PodiumCli.PROBLEMS);
        assertThat(cli.err()).isEqualTo(output + "：未能匯出：磁碟空間已滿（" + FullDisk.NO_SPACE
                + "）。請清出一些空間，或選擇其他磁碟上的資料夾。" + System.lineSeparator());
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aReadOnlyFolderIsNamed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Path output = folder.resolve("流程表.xlsx");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "this runs as root, and POSIX permissions do not stop root from "
                    + "writing; an output inside a file is refused instead");

            assertThat(cli.run("export", SAMPLE.toString(), "--xlsx", output.toString()))
                    .isEqualTo(PodiumCli.PROBLEMS);

            assertThat(cli.err()).startsWith(output.toString())
                    .contains("no permission to write in the folder " + folder);
            assertThat(filesIn(folder)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
