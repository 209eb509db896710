package org.podium.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.layout.Box;
import org.podium.layout.Fill;
import org.podium.layout.FillBox;
import org.podium.layout.ImageBox;
import org.podium.layout.Rect;
import org.podium.layout.Rgba;
import org.podium.layout.SlideLayout;
import org.podium.layout.SlidePage;
import org.podium.layout.TextBox;
import org.podium.layout.TextLine;

/**
 * The laid-out pages as JSON for {@code bench/pptxgenjs/write.js}. Lengths are in inches
 * (PptxGenJS's unit), font sizes and line heights in points, colours {@code RRGGBB} with a
 * separate transparency in percent. Every image names its picture file and the picture's size
 * in pixels; its crop is in fractions of the picture.
 */
final class PagesJson {

    private static final double PT_PER_INCH = 72;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Map<ImageBox, ObjectNode> pictures = new HashMap<>();
    private final Set<Path> files = new HashSet<>();

    void picture(ImageBox box, Path file, Dimension sizePx) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("path", file.toString());
        node.put("widthPx", sizePx.width);
        node.put("heightPx", sizePx.height);
        pictures.put(box, node);
        files.add(file);
    }

    int pictureCount() {
        return files.size();
    }

    void write(Path target, List<SlidePage> pages, List<String> notes) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        SlideLayout first = pages.get(0).layout();
        root.put("widthIn", first.widthPt() / PT_PER_INCH);
        root.put("heightIn", first.heightPt() / PT_PER_INCH);
        ArrayNode slides = root.putArray("slides");
        for (int i = 0; i < pages.size(); i++) {
            SlideLayout layout = pages.get(i).layout();
            ObjectNode slide = slides.addObject();
            slide.set("background", fill(layout.background()));
            slide.put("notes", notes.get(i));
            ArrayNode boxes = slide.putArray("boxes");
            for (Box box : layout.boxes()) {
                boxes.add(box.accept(new Box.Visitor<ObjectNode>() {
                    @Override
                    public ObjectNode text(TextBox text) {
                        return textNode(text);
                    }

                    @Override
                    public ObjectNode image(ImageBox image) {
                        return imageNode(image);
                    }

                    @Override
                    public ObjectNode fill(FillBox fill) {
                        return fillNode(fill);
                    }
                }));
            }
        }
        MAPPER.writeValue(target.toFile(), root);
    }

    private ObjectNode textNode(TextBox box) {
        ObjectNode node = placed("text", box.rect());
        ArrayNode lines = node.putArray("lines");
        for (TextLine line : box.lines()) {
            lines.add(line.text());
        }
        node.put("font", box.font().family());
        node.put("sizePt", box.font().sizePt());
        node.put("bold", box.font().bold());
        colour(node, "colour", box.colour(), 1);
        node.put("align", box.align().name().toLowerCase(java.util.Locale.ROOT).replace("centre", "center"));
        node.put("lineHeightPt", box.lineHeightPt());
        node.put("letterSpacingPt", box.letterSpacingPt());
        return node;
    }

    private ObjectNode imageNode(ImageBox box) {
        ObjectNode node = placed("image", box.rect());
        node.setAll(pictures.get(box));
        ObjectNode crop = node.putObject("crop");
        crop.put("x", box.crop().x());
        crop.put("y", box.crop().y());
        crop.put("w", box.crop().width());
        crop.put("h", box.crop().height());
        node.put("radiusPt", box.cornerRadiusPt());
        node.put("alt", box.altText());
        return node;
    }

    private static ObjectNode fillNode(FillBox box) {
        ObjectNode node = placed("fill", box.rect());
        node.set("fill", fill(box.fill()));
        node.put("opacity", box.opacity());
        node.put("radiusPt", box.cornerRadiusPt());
        return node;
    }

    /** A gradient as its stops; PptxGenJS fills shapes with one colour, so the writer takes the average. */
    private static ObjectNode fill(Fill fill) {
        ObjectNode node = MAPPER.createObjectNode();
        colour(node, "colour", fill.averageColour(), 1);
        if (fill instanceof Fill.LinearGradient gradient) {
            node.put("angleDeg", gradient.angleDeg());
            ArrayNode stops = node.putArray("stops");
            for (Fill.Stop stop : gradient.stops()) {
                ObjectNode s = stops.addObject();
                s.put("offset", stop.offset());
                colour(s, "colour", stop.colour(), 1);
            }
        }
        return node;
    }

    private static ObjectNode placed(String type, Rect rect) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", type);
        node.put("x", rect.xPt() / PT_PER_INCH);
        node.put("y", rect.yPt() / PT_PER_INCH);
        node.put("w", rect.widthPt() / PT_PER_INCH);
        node.put("h", rect.heightPt() / PT_PER_INCH);
        return node;
    }

    private static void colour(ObjectNode node, String name, Rgba colour, double opacity) {
        node.put(name, colour.rgbHex());
        node.put(name + "Transparency", Math.round((1 - colour.alpha() * opacity) * 100));
    }
}
