package org.podium.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Damages a photo inside a saved {@code .podium} file, as a bad disk or a careless tool would. */
public final class StoredBytes {

    private StoredBytes() {
    }

    /**
     * Changes one byte in the middle of {@code original}'s stored copy inside {@code file} (photos are
     * stored uncompressed, so their bytes stand in the archive as they are).
     */
    public static void flipByteInside(Path file, byte[] original) throws IOException {
        byte[] zip = Files.readAllBytes(file);
        int at = indexOf(zip, original);
        assertThat(at).as("photo stored uncompressed").isNotNegative();
        zip[at + original.length / 2] ^= 0x55;
        Files.write(file, zip);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
