package org.podium.reliability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Mutations of {@code programme.json} that keep the archive sound: values of the wrong type,
 * fields removed or unknown, duplicated keys, numbers out of range, unknown slide kinds (Java
 * class names among them), broken references to photos, and raw edits of the text.
 */
final class JsonMutations {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Characters a raw edit puts in: JSON punctuation, a byte-order mark, a lone surrogate. */
    private static final String EDITS = "{}[]\",:\\ 0-e.\ntnf\uFEFF\uD800";

    /** Slide kinds a hostile or future file might carry. */
    static final List<String> FOREIGN_KINDS = List.of("video", "", "TITLE", "Title", " title", "title ", "photo_grid",
            "java.lang.Runtime", "java.lang.ProcessBuilder", "org.podium.io.SlideDto$Title",
            "com.sun.rowset.JdbcRowSetImpl", "org.springframework.context.support.ClassPathXmlApplicationContext",
            "java.util.HashMap", "[Ljava.lang.String;", "\u0000", "標題");

    /** One place in the tree: the value at {@code field} of an object or {@code index} of an array. */
    private record Spot(JsonNode parent, String field, int index, String path) {
        JsonNode value() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private final JsonNode seedTree;
    private final Map<String, byte[]> media;

    JsonMutations(byte[] seedZip) {
        Map<String, byte[]> entries = new LinkedHashMap<>(ZipBytes.entries(seedZip));
        byte[] json = entries.remove("programme.json");
        try {
            this.seedTree = MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        this.media = entries;
    }

    Map<String, byte[]> media() {
        return media;
    }

    JsonNode tree() {
        return seedTree.deepCopy();
    }

    /** A value of another JSON type than the one there (a string where a number was, an object for a list, …). */
    FuzzInput wrongType(Random random) {
        JsonNode tree = tree();
        Spot spot = pick(tree, random, s -> true);
        JsonNode replacement;
        do {
            replacement = oddValue(random);
        } while (replacement.getNodeType() == spot.value().getNodeType());
        spot.set(replacement);
        return zipped("json:wrong-type", spot.path() + " = " + abbreviate(replacement), tree);
    }

    FuzzInput removeField(Random random) {
        JsonNode tree = tree();
        Spot spot = pick(tree, random, s -> s.field() != null);
        ((ObjectNode) spot.parent()).remove(spot.field());
        return zipped("json:remove-field", "removed " + spot.path(), tree);
    }

    FuzzInput unknownField(Random random) {
        JsonNode tree = tree();
        List<Spot> objects = spots(tree, s -> s.value().isObject());
        objects.add(new Spot(null, null, -1, "$"));
        Spot spot = objects.get(random.nextInt(objects.size()));
        ObjectNode target = spot.parent() == null ? (ObjectNode) tree : (ObjectNode) spot.value();
        String name = List.of("@class", "@type", "kind2", "formatVersion", "__proto__", "$ref", "x").get(random.nextInt(7));
        if (target.has(name)) {
            name = name + "_";
        }
        target.set(name, oddValue(random));
        return zipped("json:unknown-field", spot.path() + "." + name, tree);
    }

    /** A key written twice in one object, the second time with another value. */
    FuzzInput duplicateKey(Random random) {
        JsonNode tree = tree();
        List<Spot> fields = spots(tree, s -> s.field() != null);
        Spot spot = fields.get(random.nextInt(fields.size()));
        String marker = "zzdupzz" + random.nextInt(1_000_000);
        JsonNode second = random.nextBoolean() ? spot.value().deepCopy() : oddValue(random);
        ((ObjectNode) spot.parent()).set(marker, second);
        String json = write(tree).replace("\"" + marker + "\"", quoted(spot.field()));
        return new FuzzInput("json:duplicate-key", spot.path() + " twice", rezip(json));
    }

    /** A number far out of range, negative, fractional or huge, where a number was (or anywhere). */
    FuzzInput numberRange(Random random) {
        JsonNode tree = tree();
        boolean numbersOnly = random.nextInt(4) != 0;
        Spot spot = pick(tree, random, s -> !numbersOnly || s.value().isNumber());
        JsonNode number = List.<JsonNode>of(NODES.numberNode(-1), NODES.numberNode(0), NODES.numberNode(0.5),
                NODES.numberNode(-0.0), NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(Integer.MIN_VALUE),
                NODES.numberNode(Integer.MAX_VALUE + 1L), NODES.numberNode(Long.MAX_VALUE),
                NODES.numberNode(new BigInteger("1" + "0".repeat(40))), NODES.numberNode(new BigDecimal("1e400")),
                NODES.numberNode(new BigDecimal("-1e400")), NODES.numberNode(new BigDecimal("1e-400")),
                NODES.numberNode(Double.MAX_VALUE), NODES.numberNode(Double.MIN_VALUE), NODES.numberNode(1e15),
                NODES.numberNode(2.0), NODES.numberNode(9), NODES.numberNode(1.0000000001))
                .get(random.nextInt(18));
        spot.set(number);
        return zipped("json:number-range", spot.path() + " = " + number, tree);
    }

    /** A slide whose kind is unknown, a Java class name, missing, null, or not a string. */
    FuzzInput slideKind(Random random) {
        JsonNode tree = tree();
        List<Spot> slides = spots(tree, s -> s.value().isObject() && s.path().matches(".*\\.slides\\[\\d+]"));
        ObjectNode slide = (ObjectNode) slides.get(random.nextInt(slides.size())).value();
        int choice = random.nextInt(FOREIGN_KINDS.size() + 4);
        String detail;
        if (choice < FOREIGN_KINDS.size()) {
            slide.put("kind", FOREIGN_KINDS.get(choice));
            detail = "kind \"" + FOREIGN_KINDS.get(choice) + "\"";
        } else if (choice == FOREIGN_KINDS.size()) {
            slide.remove("kind");
            detail = "no kind";
        } else if (choice == FOREIGN_KINDS.size() + 1) {
            slide.putNull("kind");
            detail = "kind null";
        } else if (choice == FOREIGN_KINDS.size() + 2) {
            slide.set("kind", NODES.arrayNode().add("java.lang.Runtime").add(NODES.objectNode()));
            detail = "kind as a default-typing array";
        } else {
            slide.put("kind", 3);
            detail = "kind 3";
        }
        return zipped("json:slide-kind", detail, tree);
    }

    /** A reference to a photo the media table does not hold, or a malformed one. */
    FuzzInput mediaReference(Random random) {
        JsonNode tree = tree();
        Spot spot = pick(tree, random, s -> s.value().isTextual() && s.value().asText().matches("[0-9a-f]{64}"));
        String sha = spot.value().asText();
        String other = List.of("0".repeat(64), sha.toUpperCase(java.util.Locale.ROOT), sha.substring(1),
                sha + "0", "../../../../etc/passwd", "media/" + sha + ".jpg", "", sha.replace('a', 'g'))
                .get(random.nextInt(8));
        spot.set(NODES.textNode(other));
        return zipped("json:media-reference", spot.path() + " = \"" + other + "\"", tree);
    }

    /** 1–3 characters of the text deleted, doubled or replaced by JSON punctuation. */
    FuzzInput textEdit(Random random) {
        StringBuilder json = new StringBuilder(write(seedTree));
        int edits = 1 + random.nextInt(3);
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < edits && json.length() > 0; i++) {
            int at = random.nextInt(json.length());
            String punctuation = String.valueOf(EDITS.charAt(random.nextInt(EDITS.length())));
            switch (random.nextInt(3)) {
                case 0 -> json.deleteCharAt(at);
                case 1 -> json.insert(at, json.charAt(at));
                default -> json.replace(at, at + 1, punctuation);
            }
            detail.append(at).append(' ');
        }
        return new FuzzInput("json:text-edit", "edited at " + detail.toString().trim(), rezip(json.toString()));
    }

    FuzzInput zipped(String family, String detail, JsonNode tree) {
        return new FuzzInput(family, detail, rezip(write(tree)));
    }

    /** The seed archive with {@code json} as its programme.json and the seed's photos. */
    byte[] rezip(String json) {
        return rezip(json.getBytes(StandardCharsets.UTF_8));
    }

    byte[] rezip(byte[] json) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("programme.json", json);
        entries.putAll(media);
        return ZipBytes.zip(entries);
    }

    static String write(JsonNode tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode oddValue(Random random) {
        switch (random.nextInt(14)) {
            case 0: return NODES.nullNode();
            case 1: return NODES.textNode("");
            case 2: return NODES.textNode("x");
            case 3: return NODES.numberNode(0);
            case 4: return NODES.numberNode(-1.5);
            case 5: return NODES.booleanNode(true);
            case 6: return NODES.arrayNode();
            case 7: return NODES.arrayNode().add(1).add("a").addNull();
            case 8: return NODES.objectNode();
            case 9: return NODES.objectNode().put("a", 1);
            case 10: return NODES.textNode("𠀀「」\u0000\u001f\u202e");
            case 11: return NODES.textNode("x".repeat(10_000));
            case 12: return NODES.numberNode(new BigInteger("9".repeat(30)));
            default: return NODES.booleanNode(false);
        }
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "… (" + text.length() + " chars)" : text;
    }

    private Spot pick(JsonNode tree, Random random, Predicate<Spot> filter) {
        List<Spot> spots = spots(tree, filter);
        return spots.get(random.nextInt(spots.size()));
    }

    /** Every value in the tree (not the root) that passes {@code filter}, with its JSON path. */
    static List<Spot> spots(JsonNode tree, Predicate<Spot> filter) {
        List<Spot> spots = new ArrayList<>();
        collect(tree, "$", filter, spots);
        return spots;
    }

    private static void collect(JsonNode node, String path, Predicate<Spot> filter, List<Spot> out) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                Spot spot = new Spot(node, name, -1, path + "." + name);
                if (filter.test(spot)) {
                    out.add(spot);
                }
                collect(node.get(name), spot.path(), filter, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Spot spot = new Spot(node, null, i, path + "[" + i + "]");
                if (filter.test(spot)) {
                    out.add(spot);
                }
                collect(node.get(i), spot.path(), filter, out);
            }
        }
    }
}
