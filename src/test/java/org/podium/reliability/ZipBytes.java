package org.podium.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Reads the structure of a zip archive byte by byte (where each local header, its data, its data
 * descriptor, the central directory and the end record lie) and builds archives, so that mutations
 * can aim at one region and entries can carry names {@link ZipOutputStream} would not check.
 */
final class ZipBytes {

    static final int LOCAL_HEADER = 0x04034b50;
    static final int CENTRAL_HEADER = 0x02014b50;
    static final int END_RECORD = 0x06054b50;
    static final int DATA_DESCRIPTOR = 0x08074b50;

    /** A region of an archive: {@code [start, end)} in bytes. */
    enum Kind { LOCAL_HEADER, DATA, DATA_DESCRIPTOR, CENTRAL_DIRECTORY, END_RECORD }

    record Region(Kind kind, String entry, int start, int end) {
        int length() {
            return end - start;
        }
    }

    /** One central-directory record: where it is, and what it says about its entry. */
    record CentralRecord(String name, int at, int localHeaderAt, int compressedSize, int flags) {
    }

    private ZipBytes() {
    }

    static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Offset of the end-of-central-directory record (searched from the end, past any comment). */
    static int endRecord(byte[] zip) {
        ByteBuffer b = le(zip);
        for (int at = zip.length - 22; at >= 0; at--) {
            if (b.getInt(at) == END_RECORD) {
                return at;
            }
        }
        throw new IllegalArgumentException("no end record");
    }

    static List<CentralRecord> central(byte[] zip) {
        ByteBuffer b = le(zip);
        int end = endRecord(zip);
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        int at = b.getInt(end + 16);
        List<CentralRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
            String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            records.add(new CentralRecord(name, at, b.getInt(at + 42), b.getInt(at + 20),
                    Short.toUnsignedInt(b.getShort(at + 8))));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return records;
    }

    /** Every region of a well-formed archive, in file order. */
    static List<Region> regions(byte[] zip) {
        ByteBuffer b = le(zip);
        List<Region> regions = new ArrayList<>();
        for (CentralRecord record : central(zip)) {
            int local = record.localHeaderAt();
            int headerLength = 30 + Short.toUnsignedInt(b.getShort(local + 26)) + Short.toUnsignedInt(b.getShort(local + 28));
            int dataStart = local + headerLength;
            int dataEnd = dataStart + record.compressedSize();
            regions.add(new Region(Kind.LOCAL_HEADER, record.name(), local, dataStart));
            regions.add(new Region(Kind.DATA, record.name(), dataStart, dataEnd));
            if ((record.flags() & 8) != 0) {
                int length = b.getInt(dataEnd) == DATA_DESCRIPTOR ? 16 : 12;
                regions.add(new Region(Kind.DATA_DESCRIPTOR, record.name(), dataEnd, dataEnd + length));
            }
        }
        int end = endRecord(zip);
        int centralStart = b.getInt(end + 16);
        regions.add(new Region(Kind.CENTRAL_DIRECTORY, "", centralStart, end));
        regions.add(new Region(Kind.END_RECORD, "", end, zip.length));
        return regions;
    }

    /** The entries of an archive by name, in order, inflated. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** A zip of these entries, in order; {@code stored} entries are not compressed (sizes in the local header). */
    static byte[] zip(Map<String, byte[]> entries, boolean stored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (stored) {
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCompressedSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] zip(Map<String, byte[]> entries) {
        return zip(entries, false);
    }

    /**
     * Every occurrence of {@code from} renamed to {@code to} (same length in UTF-8) in local and
     * central headers: how to make two entries of one name, which {@link ZipOutputStream} refuses.
     */
    static byte[] rename(byte[] zip, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        if (f.length != t.length) {
            throw new IllegalArgumentException("names must have the same length");
        }
        byte[] out = zip.clone();
        for (int at = 0; at + f.length <= out.length; at++) {
            if (java.util.Arrays.equals(out, at, at + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, at, t.length);
            }
        }
        return out;
    }
}
