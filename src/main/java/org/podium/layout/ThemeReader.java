package org.podium.layout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.podium.model.Language;
import org.podium.model.SlideKind;

/**
 * Reads a theme's JSON. Every error names the source and the JSON path of the bad value, e.g.
 * "theme file …/paper.json, type.title.maxPt: must be a number". Colours are {@code #rrggbb[aa]}
 * or the name of a palette colour; a fill is a colour or
 * {@code {"angle": deg, "stops": [{"offset": 0, "colour": …}, …]}}.
 */
final class ThemeReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String source;
    private Palette palette;

    private ThemeReader(String source) {
        this.source = source;
    }

    static List<String> readIndex(String source, InputStream in) throws IOException {
        ThemeReader reader = new ThemeReader(source);
        Node themes = reader.root(in).get("themes");
        List<String> ids = new ArrayList<>();
        for (Node id : themes.items()) {
            ids.add(id.text());
        }
        if (ids.isEmpty()) {
            throw reader.error("themes", "must list at least one theme id");
        }
        return List.copyOf(ids);
    }

    /** Reads a theme from JSON; {@code source} names it in error messages. */
    static Theme read(String source, InputStream in) throws IOException {
        ThemeReader reader = new ThemeReader(source);
        return reader.theme(reader.root(in));
    }

    private Node root(InputStream in) throws IOException {
        try {
            return new Node(MAPPER.readTree(in), "");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("theme file " + source + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        }
    }

    private Theme theme(Node root) {
        Node names = root.get("names");
        ThemeNames themeNames = new ThemeNames(names.get("en").text(), names.get("zh-Hans").text(),
                names.get("zh-Hant").text());
        palette = palette(root.get("palette"));
        Fill background = fill(root.get("background"));
        List<Decoration> decorations = decorations(root.optional("decorations"));
        Node m = root.get("margins");
        Margins margins = m.build(() -> new Margins(m.get("top").number(), m.get("right").number(),
                m.get("bottom").number(), m.get("left").number()));
        Node s = root.get("measures");
        ThemeMeasures measures = s.build(() -> new ThemeMeasures(s.get("rulePt").number(), s.get("hairlinePt").number(),
                s.get("frameWidthPt").number(), s.get("photoCornerRadiusPt").number()));
        Map<TextRole, TypeStyle> type = types(root.get("type"));
        FontStacks display = fonts(root.get("fonts").get("display"));
        FontStacks text = fonts(root.get("fonts").get("text"));
        Map<Language, QuoteMarks> quoteMarks = quoteMarks(root.get("quoteMarks"));
        return root.build(() -> new Theme(root.get("id").text(), themeNames, palette, background, decorations, margins,
                measures, type, display, text, quoteMarks));
    }

    private Palette palette(Node node) {
        Rgba[] colours = new Rgba[Palette.NAMES.size()];
        for (int i = 0; i < colours.length; i++) {
            Node colour = node.get(Palette.NAMES.get(i));
            String value = colour.text();
            colours[i] = colour.build(() -> Rgba.hex(value));
        }
        return new Palette(colours[0], colours[1], colours[2], colours[3], colours[4], colours[5], colours[6], colours[7],
                colours[8], colours[9]);
    }

    private List<Decoration> decorations(Node node) {
        List<Decoration> out = new ArrayList<>();
        for (Node d : node.items()) {
            Set<SlideKind> kinds = EnumSet.noneOf(SlideKind.class);
            for (Node kind : d.optional("on").items()) {
                String id = kind.text();
                kinds.add(kind.build(() -> SlideKind.fromId(id)));
            }
            Fill fill = fill(d.get("fill"));
            out.add(d.build(() -> new Decoration(d.optionalNumber("left"), d.optionalNumber("top"),
                    d.optionalNumber("right"), d.optionalNumber("bottom"), d.optionalNumber("width"),
                    d.optionalNumber("height"), fill, d.json.path("opacity").asDouble(1),
                    d.json.path("cornerRadius").asDouble(0), kinds)));
        }
        return out;
    }

    private Map<TextRole, TypeStyle> types(Node node) {
        Map<TextRole, TypeStyle> out = new EnumMap<>(TextRole.class);
        for (TextRole role : TextRole.values()) {
            Node t = node.get(role.key());
            Node faceNode = t.get("face");
            String faceName = faceNode.text();
            TypeStyle.Face face = faceNode.build(() -> {
                if (!faceName.equals("display") && !faceName.equals("text")) {
                    throw new IllegalArgumentException("must be 'display' or 'text', was '" + faceName + "'");
                }
                return TypeStyle.Face.valueOf(faceName.toUpperCase(Locale.ROOT));
            });
            Rgba colour = colour(t.get("colour"));
            out.put(role, t.build(() -> new TypeStyle(t.get("maxPt").number(), t.get("minPt").number(),
                    t.json.path("bold").asBoolean(false), face, t.get("lineHeight").number(),
                    t.json.path("letterSpacingEm").asDouble(0), colour)));
        }
        return out;
    }

    private FontStacks fonts(Node node) {
        return node.build(() -> new FontStacks(node.get("zh-Hant").strings(), node.get("zh-Hans").strings(),
                node.get("latin").strings()));
    }

    private Map<Language, QuoteMarks> quoteMarks(Node node) {
        Map<Language, QuoteMarks> out = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Node marks = node.get(language.tag());
            out.put(language, new QuoteMarks(marks.get("open").text(), marks.get("close").text()));
        }
        return out;
    }

    private Fill fill(Node node) {
        if (node.json.isTextual()) {
            return Fill.solid(colour(node));
        }
        List<Fill.Stop> stops = new ArrayList<>();
        for (Node stop : node.get("stops").items()) {
            Rgba colour = colour(stop.get("colour"));
            stops.add(stop.build(() -> new Fill.Stop(stop.get("offset").number(), colour)));
        }
        return node.build(() -> new Fill.LinearGradient(node.get("angle").number(), stops));
    }

    /** A colour: {@code #rrggbb[aa]} or a palette name. */
    private Rgba colour(Node node) {
        String value = node.text();
        return node.build(() -> value.startsWith("#") ? Rgba.hex(value) : palette.named(value));
    }

    private IllegalStateException error(String path, String problem) {
        return new IllegalStateException("theme file " + source + (path.isEmpty() ? "" : ", " + path) + ": " + problem);
    }

    /** A JSON value and its path from the root, for error messages. */
    private final class Node {
        private final JsonNode json;
        private final String path;

        Node(JsonNode json, String path) {
            this.json = json;
            this.path = path;
        }

        private String child(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        Node get(String field) {
            JsonNode value = json.get(field);
            if (value == null || value.isNull()) {
                throw error(child(field), "missing");
            }
            return new Node(value, child(field));
        }

        /** The field, or an empty array when absent. */
        Node optional(String field) {
            JsonNode value = json.get(field);
            return new Node(value == null || value.isNull() ? MAPPER.createArrayNode() : value, child(field));
        }

        double optionalNumber(String field) {
            JsonNode value = json.get(field);
            if (value == null || value.isNull()) {
                return Double.NaN;
            }
            return new Node(value, child(field)).number();
        }

        String text() {
            if (!json.isTextual()) {
                throw error(path, "must be a string");
            }
            return json.asText();
        }

        double number() {
            if (!json.isNumber()) {
                throw error(path, "must be a number");
            }
            return json.asDouble();
        }

        List<Node> items() {
            if (!json.isArray()) {
                throw error(path, "must be a list");
            }
            List<Node> out = new ArrayList<>();
            for (int i = 0; i < json.size(); i++) {
                out.add(new Node(json.get(i), path + "[" + i + "]"));
            }
            return out;
        }

        List<String> strings() {
            List<String> out = new ArrayList<>();
            for (Node item : items()) {
                out.add(item.text());
            }
            return out;
        }

        /** Runs a constructor, turning its complaint into an error at this path. */
        <T> T build(java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage());
            }
        }
    }
}
