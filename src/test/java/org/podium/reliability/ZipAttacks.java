package org.podium.reliability;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.podium.media.TestImages;
import org.podium.reliability.ZipBytes.CentralRecord;
import org.podium.reliability.ZipBytes.Region;

/**
 * Archive-level attacks on a sound programme: hostile entry names, duplicate entries, absurd
 * declared sizes and counts, lying data descriptors and CRCs, and photos whose bytes do not match
 * the SHA-256 that names them.
 */
final class ZipAttacks {

    static final List<String> HOSTILE_NAMES = List.of("../x", "../../../../tmp/podium-owned", "/abs", "/etc/passwd",
            "C:\\x", "C:/x", "c:x", "\\\\server\\share\\x", "media\\x.jpg", "media/../programme.json",
            "media/../../x", "./programme.json", "media/./x.jpg", "programme.json/", "media/", "programme.json\u0000.txt",
            "PROGRAMME.JSON", "programme.json ", "ｐrogramme.json", "media/%2e%2e/x", "media/x.jpg\u0000",
            "x".repeat(5000), "media/\u202egpj.exe");

    private final byte[] seed;
    private final Map<String, byte[]> entries;
    private final List<String> mediaNames;

    ZipAttacks(byte[] seed) {
        this.seed = seed;
        this.entries = ZipBytes.entries(seed);
        this.mediaNames = entries.keySet().stream().filter(n -> n.startsWith("media/")).toList();
    }

    /** A hostile name added as an extra entry, or given to a photo in place of its own. */
    FuzzInput hostileName(Random random) {
        String name = HOSTILE_NAMES.get(random.nextInt(HOSTILE_NAMES.size()));
        Map<String, byte[]> changed = new LinkedHashMap<>();
        boolean replace = random.nextBoolean();
        String victim = mediaNames.get(random.nextInt(mediaNames.size()));
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            changed.put(replace && e.getKey().equals(victim) ? name : e.getKey(), e.getValue());
        }
        if (!replace) {
            changed.put(name, "owned".getBytes(StandardCharsets.UTF_8));
        }
        return new FuzzInput("zip:hostile-name", (replace ? victim + " renamed " : "added ") + printable(name),
                ZipBytes.zip(changed, random.nextBoolean()));
    }

    /** Two entries of one name, with the same or different bytes. */
    FuzzInput duplicateEntry(Random random) {
        List<String> names = new ArrayList<>(entries.keySet());
        String name = names.get(random.nextInt(names.size()));
        String twin = name.substring(0, name.length() - 1) + (name.endsWith("Q") ? "R" : "Q");
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        byte[] twinBytes = random.nextBoolean() ? entries.get(name) : TestImages.jpeg(8, 8, random.nextInt(100));
        if (random.nextBoolean()) {
            changed.put(twin, twinBytes);
        } else {
            Map<String, byte[]> first = new LinkedHashMap<>();
            first.put(twin, twinBytes);
            first.putAll(changed);
            changed = first;
        }
        return new FuzzInput("zip:duplicate-entry", name + " twice", ZipBytes.rename(ZipBytes.zip(changed), twin, name));
    }

    /**
     * A size, CRC, offset or count field of a local header, central record or end record set to
     * an absurd value: 0, -1 (0xFFFFFFFF, the zip64 marker), one off, just over the limits, random.
     */
    FuzzInput declaredSize(Random random) {
        byte[] bytes = seed.clone();
        ByteBuffer b = ZipBytes.le(bytes);
        List<CentralRecord> central = ZipBytes.central(seed);
        CentralRecord record = central.get(random.nextInt(central.size()));
        int end = ZipBytes.endRecord(seed);
        String[] fields = {"central.compressedSize", "central.size", "central.localHeaderOffset", "central.crc",
                "central.nameLength", "central.extraLength", "local.compressedSize", "local.size", "local.nameLength",
                "local.extraLength", "end.count", "end.centralSize", "end.centralOffset", "central.method",
                "local.method", "central.flags"};
        String field = fields[random.nextInt(fields.length)];
        int at = switch (field) {
            case "central.compressedSize" -> record.at() + 20;
            case "central.size" -> record.at() + 24;
            case "central.localHeaderOffset" -> record.at() + 42;
            case "central.crc" -> record.at() + 16;
            case "central.nameLength" -> record.at() + 28;
            case "central.extraLength" -> record.at() + 30;
            case "central.method" -> record.at() + 10;
            case "central.flags" -> record.at() + 8;
            case "local.compressedSize" -> record.localHeaderAt() + 18;
            case "local.size" -> record.localHeaderAt() + 22;
            case "local.nameLength" -> record.localHeaderAt() + 26;
            case "local.extraLength" -> record.localHeaderAt() + 28;
            case "local.method" -> record.localHeaderAt() + 8;
            case "end.count" -> end + 10;
            case "end.centralSize" -> end + 12;
            default -> end + 16;
        };
        boolean shortField = field.endsWith("Length") || field.endsWith("count") || field.endsWith("method")
                || field.endsWith("flags");
        long old = shortField ? Short.toUnsignedInt(b.getShort(at)) : Integer.toUnsignedLong(b.getInt(at));
        long value = List.of(0L, 1L, 0xFFFFFFFFL, 0xFFFFL, old + 1, Math.max(0, old - 1), old * 2, 0x7FFFFFFFL,
                64L * 1024 * 1024 + 1, 256L * 1024 * 1024 + 1, 8L, 12L, 99L, (long) random.nextInt())
                .get(random.nextInt(14));
        if (shortField) {
            b.putShort(at, (short) value);
        } else {
            b.putInt(at, (int) value);
        }
        return new FuzzInput("zip:declared-size", record.name() + " " + field + " " + old + " -> " + value, bytes);
    }

    /** The data descriptor after a deflated entry, or the local CRC, says something else than the data. */
    FuzzInput lyingDescriptor(Random random) {
        byte[] bytes = seed.clone();
        ByteBuffer b = ZipBytes.le(bytes);
        List<Region> descriptors = ZipBytes.regions(seed).stream()
                .filter(r -> r.kind() == ZipBytes.Kind.DATA_DESCRIPTOR).toList();
        Region region = descriptors.get(random.nextInt(descriptors.size()));
        int offset = region.length() == 16 ? 4 : 0;
        String[] fields = {"crc", "compressedSize", "size"};
        int which = random.nextInt(3);
        int at = region.start() + offset + 4 * which;
        int value = random.nextBoolean() ? random.nextInt() : b.getInt(at) + (random.nextBoolean() ? 1 : -1);
        b.putInt(at, value);
        return new FuzzInput("zip:lying-descriptor", region.entry() + " descriptor " + fields[which] + " = " + value, bytes);
    }

    /** A photo entry keeps its name but holds other bytes: another picture, damaged, cut short, empty. */
    FuzzInput shaMismatch(Random random) {
        String victim = mediaNames.get(random.nextInt(mediaNames.size()));
        byte[] original = entries.get(victim);
        byte[] replacement = switch (random.nextInt(6)) {
            case 0 -> TestImages.jpeg(40, 30, random.nextInt(1000));
            case 1 -> TestImages.png(2000, 2000, random.nextInt(1000));
            case 2 -> java.util.Arrays.copyOf(original, random.nextInt(original.length));
            case 3 -> new byte[0];
            case 4 -> flipped(original, random);
            default -> entries.get(mediaNames.get((mediaNames.indexOf(victim) + 1) % mediaNames.size()));
        };
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(victim, replacement);
        return new FuzzInput("zip:sha-mismatch", victim + " replaced by " + replacement.length + " other bytes",
                ZipBytes.zip(changed, random.nextBoolean()));
    }

    private static byte[] flipped(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : (name.length() > 40 ? name.substring(0, 40) + "…(" + name.length() + ")" : name).toCharArray()) {
            out.append(c < 0x20 || c == 0x202e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
