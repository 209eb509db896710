package org.podium.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.PodiumCli;

/**
 * At run time, not only in the class files: validating, exporting and rendering a programme (the
 * io, model, layout, export and JavaFX render code the editor uses) leaves the process with no
 * listening or bound socket. Linux only ({@code /proc}).
 */
class NoListeningSocketTest {

    @TempDir
    Path dir;

    @BeforeEach
    void linux() {
        assumeTrue(ListeningSockets.available(), "needs /proc/self/net");
    }

    @Test
    void theCheckSeesASocketThisProcessListensOn() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(ListeningSockets.ofThisProcess()).isNotEmpty();
        }
    }

    @Test
    void validatingExportingAndRenderingOpenNoListeningSocket() throws IOException {
        List<String> before = ListeningSockets.ofThisProcess();
        Path file = Files.write(dir.resolve("分享會.podium"), SeedPodium.bytes());
        StringWriter err = new StringWriter();
        PodiumCli cli = new PodiumCli("9.9.9", new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(cli.run("validate", file.toString())).as(err.toString()).isZero();
        assertThat(cli.run("export", file.toString(), "--pptx", dir.resolve("deck.pptx").toString()))
                .as(err.toString()).isZero();
        assertThat(cli.run("render", file.toString(), "--out", dir.resolve("png").toString(), "--width", "320"))
                .as(err.toString()).isZero();

        assertThat(ListeningSockets.ofThisProcess()).as("listening sockets before: " + before).isEqualTo(before)
                .isEmpty();
    }
}
