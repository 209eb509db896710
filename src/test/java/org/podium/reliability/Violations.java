package org.podium.reliability;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;

/** What the rules of {@link NoWaysInArchitectureTest} forbid, written once so the tests can show they catch it. Never run. */
final class Violations {

    private Violations() {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
    interface ClassNamed {
    }

    static final class Listener {
        void listen() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                socket.getLocalPort();
            }
        }
    }

    static final class DefaultTyping {
        ObjectMapper mapper() {
            ObjectMapper mapper = new ObjectMapper();
            return mapper.activateDefaultTyping(mapper.getPolymorphicTypeValidator());
        }
    }
}
