package org.podium.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.podium.reliability.ZipBytes.CentralRecord;

/**
 * The expensive inputs, each made once: 50 MB strings, 100 000 nested arrays, huge lists and
 * numbers, and zip bombs (lying about their size, honest, and overlapping entries). Built lazily,
 * one at a time, so at most one is in memory.
 */
final class HeavyCases {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int HUGE_CHARS = 50 * 1024 * 1024;
    private static final int DEPTH = 100_000;

    private final JsonMutations json;

    HeavyCases(JsonMutations json) {
        this.json = json;
    }

    List<Supplier<FuzzInput>> all() {
        List<Supplier<FuzzInput>> cases = new ArrayList<>();
        for (String path : List.of("programme.title", "programme.segments.2.slides.0.photo.caption",
                "programme.segments.0.notes", "media.0.originalName", "programme.segments.1.slides.0.kind")) {
            cases.add(() -> hugeString(path, HUGE_CHARS, "json:huge-string"));
        }
        cases.add(() -> hugeString("programme.title", 70 * 1024 * 1024, "json:huge-string"));
        cases.add(this::hugeKey);
        for (String path : List.of("programme.title", "programme.segments", "media", "programme.segments.0.slides.0")) {
            cases.add(() -> deep(path, true));
            cases.add(() -> deep(path, false));
        }
        cases.add(this::deepUnclosed);
        cases.add(this::manyNames);
        cases.add(this::manyPoints);
        cases.add(this::longNumber);
        cases.add(() -> jsonBomb(true));
        cases.add(() -> jsonBomb(false));
        cases.add(this::mediaBomb);
        cases.add(this::overlappingBomb);
        return cases;
    }

    /** A string of {@code chars} ASCII letters at {@code path}, spliced in as bytes: the generator needs no 50 MB String. */
    private FuzzInput hugeString(String path, int chars, String family) {
        JsonNode tree = json.tree();
        set(tree, path, NODES.textNode("zzhugezz"));
        return new FuzzInput(family, chars + " chars at $." + path, json.rezip(splice(tree, "zzhugezz", chars, (byte) 'a')));
    }

    private FuzzInput hugeKey() {
        JsonNode tree = json.tree();
        ((ObjectNode) tree.get("programme")).put("zzhugezz", 1);
        return new FuzzInput("json:huge-string", HUGE_CHARS + "-char field name in $.programme",
                json.rezip(splice(tree, "zzhugezz", HUGE_CHARS, (byte) 'k')));
    }

    /** The tree's text with the string {@code marker} replaced by {@code count} bytes {@code fill}. */
    private static byte[] splice(JsonNode tree, String marker, int count, byte fill) {
        String text = JsonMutations.write(tree);
        int at = text.indexOf(marker);
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = text.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + count + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        java.util.Arrays.fill(out, head.length, head.length + count, fill);
        System.arraycopy(tail, 0, out, head.length + count, tail.length);
        return out;
    }

    /** {@value #DEPTH} nested arrays (or objects) where the value at {@code path} was. */
    private FuzzInput deep(String path, boolean arrays) {
        String marker = "\"zzdeepzz\"";
        JsonNode tree = json.tree();
        set(tree, path, NODES.textNode("zzdeepzz"));
        String nested = arrays ? "[".repeat(DEPTH) + "]".repeat(DEPTH) : "{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH);
        String text = JsonMutations.write(tree).replace(marker, nested);
        return new FuzzInput("json:deep-nesting", DEPTH + (arrays ? " arrays" : " objects") + " at $." + path,
                json.rezip(text));
    }

    private FuzzInput deepUnclosed() {
        return new FuzzInput("json:deep-nesting", DEPTH + " unclosed arrays as the document",
                json.rezip("[".repeat(DEPTH)));
    }

    /** A valid honour roll of 200 000 names: accepted, and must not need an unbounded heap. */
    private FuzzInput manyNames() {
        JsonNode tree = json.tree();
        ArrayNode names = NODES.arrayNode();
        for (int i = 0; i < 200_000; i++) {
            names.add(NODES.objectNode().put("name", "王" + i).put("role", "建鄴區"));
        }
        ((ObjectNode) at(tree, "programme.segments.3.slides.0")).set("names", names);
        return json.zipped("json:huge-list", "honour roll of 200000 names", tree);
    }

    private FuzzInput manyPoints() {
        JsonNode tree = json.tree();
        ArrayNode points = NODES.arrayNode();
        for (int i = 0; i < 1_000_000; i++) {
            points.add(i);
        }
        ((ObjectNode) at(tree, "programme.segments.3.slides.1")).set("points", points);
        return json.zipped("json:huge-list", "1000000 numbers as text points", tree);
    }

    private FuzzInput longNumber() {
        JsonNode tree = json.tree();
        set(tree, "media.0.widthPx", NODES.textNode("zznumzz"));
        String text = JsonMutations.write(tree).replace("\"zznumzz\"", "9".repeat(100_000));
        return new FuzzInput("json:number-range", "100000-digit widthPx", json.rezip(text));
    }

    /** programme.json of 200 MiB of spaces (about 200 KB deflated); declaring its size, or 200 bytes. */
    private FuzzInput jsonBomb(boolean lying) {
        Map<String, byte[]> entries = new LinkedHashMap<>(json.media());
        byte[] zip = zipWithZeros(entries, "programme.json", 200L * 1024 * 1024, (byte) ' ');
        if (lying) {
            zip = declare(zip, "programme.json", 200);
        }
        return new FuzzInput("zip:bomb", "programme.json inflating to 200 MiB" + (lying ? ", declaring 200 bytes" : ""), zip);
    }

    /** A listed photo inflating to 400 MiB of zeros while declaring 1000 bytes. */
    private FuzzInput mediaBomb() {
        String sha = "e".repeat(64);
        JsonNode tree = json.tree();
        ((ArrayNode) tree.get("media")).add(mediaRow(sha));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("programme.json", JsonMutations.write(tree).getBytes(StandardCharsets.UTF_8));
        entries.putAll(json.media());
        byte[] zip = zipWithZeros(entries, "media/" + sha + ".png", 400L * 1024 * 1024, (byte) 0);
        return new FuzzInput("zip:bomb", "photo inflating to 400 MiB, declaring 1000 bytes",
                declare(zip, "media/" + sha + ".png", 1000));
    }

    /**
     * 60 listed photos whose central records all point at one local entry of 200 MiB of zeros
     * (each honestly declared, under the 256 MiB limit): verifying them all would inflate 12 GiB.
     */
    private FuzzInput overlappingBomb() {
        int copies = 60;
        JsonNode tree = json.tree();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            String sha = String.format("%064x", i + 1);
            ((ArrayNode) tree.get("media")).add(mediaRow(sha));
            names.add("media/" + sha + ".png");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("programme.json", JsonMutations.write(tree).getBytes(StandardCharsets.UTF_8));
        entries.putAll(json.media());
        for (String name : names.subList(1, names.size())) {
            entries.put(name, new byte[] {1});
        }
        byte[] zip = zipWithZeros(entries, names.get(0), 200L * 1024 * 1024, (byte) 0);
        ByteBuffer b = ZipBytes.le(zip);
        List<CentralRecord> central = ZipBytes.central(zip);
        CentralRecord kernel = central.stream().filter(r -> r.name().equals(names.get(0))).findFirst().orElseThrow();
        for (CentralRecord record : central) {
            if (names.contains(record.name()) && record != kernel) {
                b.putShort(record.at() + 10, b.getShort(kernel.at() + 10));
                for (int field : new int[] {16, 20, 24, 42}) {
                    b.putInt(record.at() + field, b.getInt(kernel.at() + field));
                }
            }
        }
        return new FuzzInput("zip:bomb", copies + " photos overlapping one 200 MiB entry", zip);
    }

    private static ObjectNode mediaRow(String sha) {
        return NODES.objectNode().put("sha256", sha).put("originalName", "bomb.png").put("mediaType", "image/png")
                .put("widthPx", 1).put("heightPx", 1).put("exifOrientation", 1);
    }

    /** {@code entries}, then {@code name} holding {@code size} bytes of {@code fill}, deflated as it streams. */
    private static byte[] zipWithZeros(Map<String, byte[]> entries, String name, long size, byte fill) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, fill);
            if (fill == ' ') {
                chunk[0] = '{';
            }
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
                chunk[0] = fill;
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The uncompressed size the central directory declares for {@code name}. */
    private static byte[] declare(byte[] zip, String name, int sizeBytes) {
        for (CentralRecord record : ZipBytes.central(zip)) {
            if (record.name().equals(name)) {
                ZipBytes.le(zip).putInt(record.at() + 24, sizeBytes);
                return zip;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The node at a dotted path; numbers index arrays. */
    private static JsonNode at(JsonNode tree, String path) {
        JsonNode node = tree;
        for (String step : path.split("\\.")) {
            node = step.matches("\\d+") ? node.get(Integer.parseInt(step)) : node.get(step);
        }
        return node;
    }

    private static void set(JsonNode tree, String path, JsonNode value) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? tree : at(tree, path.substring(0, dot));
        String last = path.substring(dot + 1);
        if (last.matches("\\d+")) {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }
}
