package org.podium.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds and tampers with zip archives byte by byte, for the hostile-file tests. */
final class Zips {

    private static final int CENTRAL_HEADER = 0x02014b50;

    private Zips() {
    }

    /** A zip of these entries, in order, deflated. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A {@code .podium}-shaped zip: programme.json, then the media entries. */
    static byte[] podium(String json, Map<String, byte[]> media) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("programme.json", json.getBytes(StandardCharsets.UTF_8));
        entries.putAll(media);
        return zip(entries);
    }

    /**
     * Every occurrence of {@code from} renamed to {@code to} (same length) in local and central
     * headers: the way to get two entries of one name, which {@link ZipOutputStream} refuses.
     */
    static byte[] rename(byte[] zip, String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("names must have the same length");
        }
        String text = new String(zip, StandardCharsets.ISO_8859_1);
        return text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The uncompressed size the central directory declares for {@code name}, set to {@code sizeBytes}. */
    static byte[] declareSize(byte[] zip, String name, long sizeBytes) {
        byte[] patched = zip.clone();
        ByteBuffer buffer = ByteBuffer.wrap(patched).order(ByteOrder.LITTLE_ENDIAN);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 <= patched.length; at++) {
            if (buffer.getInt(at) != CENTRAL_HEADER) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
            if (nameLength == nameBytes.length
                    && java.util.Arrays.equals(patched, at + 46, at + 46 + nameLength, nameBytes, 0, nameLength)) {
                buffer.putInt(at + 24, (int) sizeBytes);
                return patched;
            }
        }
        throw new IllegalArgumentException("no central directory entry " + name);
    }
}
