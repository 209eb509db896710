package org.podium.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sockets this process listens on (TCP in state LISTEN) or has bound for datagrams, read from
 * Linux's {@code /proc}: the inodes of the process's socket descriptors, matched against the
 * kernel's socket tables.
 */
final class ListeningSockets {

    private static final Path FDS = Path.of("/proc/self/fd");
    private static final String TCP_LISTEN = "0A";
    private static final String UDP_UNCONNECTED = "07";

    private ListeningSockets() {
    }

    static boolean available() {
        return Files.isDirectory(FDS) && Files.isReadable(Path.of("/proc/self/net/tcp"));
    }

    /** One line per listening socket: protocol and local address (hex, as the kernel writes it). */
    static List<String> ofThisProcess() throws IOException {
        Set<String> inodes = socketInodes();
        List<String> listening = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path path = Path.of("/proc/self/net", table);
            if (!Files.isReadable(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(path);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                // sl local_address rem_address st tx:rx tr:tm retrnsmt uid timeout inode
                String state = f[3];
                boolean open = table.startsWith("tcp") ? state.equals(TCP_LISTEN) : state.equals(UDP_UNCONNECTED);
                if (open && inodes.contains(f[9])) {
                    listening.add(table + " " + f[1]);
                }
            }
        }
        return listening;
    }

    private static Set<String> socketInodes() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(FDS)) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // the descriptor was closed while listing
                }
            }
        }
        return inodes;
    }
}
