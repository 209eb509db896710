package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class CommandNamesTest {

    /** The launcher picks the command line by these names: a command missing here would open the window. */
    @Test
    void theNamedCommandsAreTheOnesPicocliRuns() {
        PrintWriter none = new PrintWriter(Writer.nullWriter());

        assertThat(PodiumCli.commandNames()).isEqualTo(new PodiumCli("", none, none).subcommandNames());
    }
}
