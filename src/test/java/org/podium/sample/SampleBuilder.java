package org.podium.sample;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the bundled sample programme: generates the stand-in photos into {@code media/}, turns the
 * hand-written {@code programme.source.json} (photos named by logical name, no media table) into
 * {@code programme.json}, and packs both into a byte-reproducible {@code .podium} file.
 *
 * <p>Run from the project folder:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.podium.sample.SampleBuilder -Dexec.classpathScope=test}.
 * An optional argument names another sample folder; the archive is written beside it.
 */
public final class SampleBuilder {

    static final Path DEFAULT_FOLDER = Path.of("assets", "samples", "jianye-sharing-session");
    static final String SOURCE = "programme.source.json";
    static final String PROGRAMME = "programme.json";
    static final String MEDIA = "media";
    /** Every zip entry carries this time, so the archive does not change with the clock or time zone. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2021, 6, 23, 14, 30);

    private static final System.Logger LOG = System.getLogger(SampleBuilder.class.getName());
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SampleBuilder() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path folder = args.length > 0 ? Path.of(args[0]) : DEFAULT_FOLDER;
        build(folder);
    }

    /** Regenerates {@code media/}, {@code programme.json} and the archive beside {@code folder}. */
    static void build(Path folder) throws IOException {
        Path sourceFile = folder.resolve(SOURCE);
        Map<String, MediaFile> generated = new LinkedHashMap<>();
        SamplePhotos.generateAll().forEach((name, bytes) -> generated.put(name, MediaFile.describe(name, bytes)));

        JsonNode source = MAPPER.readTree(sourceFile.toFile());
        Resolved resolved = resolve(source, generated, sourceFile.toString());
        for (String name : generated.keySet()) {
            if (!resolved.used().containsKey(name)) {
                LOG.log(System.Logger.Level.WARNING, "stand-in ''{0}'' is not used by {1}; it is left out", name, sourceFile);
            }
        }

        Path mediaDir = folder.resolve(MEDIA);
        Files.createDirectories(mediaDir);
        try (Stream<Path> old = Files.list(mediaDir)) {
            for (Path stale : old.toList()) {
                Files.delete(stale);
            }
        }
        for (MediaFile file : resolved.used().values()) {
            Files.write(mediaDir.resolve(file.fileName()), file.bytes());
        }
        Files.write(folder.resolve(PROGRAMME), json(resolved.programme()));

        Path archive = archiveFor(folder);
        zip(folder, archive);
        LOG.log(System.Logger.Level.INFO, "wrote {0} ({1} photos, {2} bytes)", archive, resolved.used().size(),
                Files.size(archive));
    }

    /** {@code assets/samples/x} → {@code assets/samples/x.podium}. */
    static Path archiveFor(Path folder) {
        return folder.resolveSibling(folder.getFileName() + ".podium");
    }

    /**
     * The programme JSON and the media it uses.
     *
     * @param programme the whole programme.json tree, media table included
     * @param used      logical name → media file, in first-use order
     */
    record Resolved(ObjectNode programme, Map<String, MediaFile> used) {
    }

    /**
     * Replaces every logical photo name in {@code source} by the photo's sha256 and appends the
     * media table, listing each photo once in first-use order. {@code source} is not changed.
     *
     * @param available  logical name → media file
     * @param sourceName named in errors
     * @throws IllegalArgumentException when a slide names a photo that is not available
     */
    static Resolved resolve(JsonNode source, Map<String, MediaFile> available, String sourceName) {
        ObjectNode root = source.deepCopy();
        Map<String, MediaFile> used = new LinkedHashMap<>();
        for (JsonNode segment : root.path("programme").path("segments")) {
            for (JsonNode slideNode : segment.path("slides")) {
                ObjectNode slide = (ObjectNode) slideNode;
                String where = sourceName + ": slide '" + slide.path("id").asText() + "'";
                switch (slide.path("kind").asText()) {
                    case "photo" -> replace((ObjectNode) slide.get("photo"), "media", available, used, where);
                    case "photo-grid" -> {
                        for (JsonNode photo : slide.path("photos")) {
                            replace((ObjectNode) photo, "media", available, used, where);
                        }
                    }
                    case "speaker" -> {
                        for (JsonNode speaker : slide.path("speakers")) {
                            replace((ObjectNode) speaker, "portrait", available, used, where);
                        }
                    }
                    case "blank" -> replace(slide, "logo", available, used, where);
                    default -> {
                        // the other kinds show no pictures
                    }
                }
            }
        }
        ArrayNode table = root.putArray("media");
        for (MediaFile file : used.values()) {
            ObjectNode entry = table.addObject();
            entry.put("sha256", file.sha256());
            entry.put("originalName", file.originalName());
            entry.put("mediaType", file.mediaType());
            entry.put("widthPx", file.widthPx());
            entry.put("heightPx", file.heightPx());
            entry.put("exifOrientation", file.exifOrientation());
        }
        return new Resolved(root, used);
    }

    private static void replace(ObjectNode holder, String field, Map<String, MediaFile> available,
                                Map<String, MediaFile> used, String where) {
        JsonNode value = holder == null ? null : holder.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        String name = value.asText();
        MediaFile file = available.get(name);
        if (file == null) {
            throw new IllegalArgumentException(where + " refers to photo '" + name
                    + "', which is not one of the stand-ins " + available.keySet());
        }
        used.putIfAbsent(name, file);
        holder.put(field, file.sha256());
    }

    /** Two-space indented UTF-8 JSON with {@code \n} line ends on every platform, ending in a newline. */
    static byte[] json(JsonNode tree) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        String text = MAPPER.writer(printer).writeValueAsString(tree) + "\n";
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Packs {@code programme.json} and every file of {@code media/} into {@code archive}: entries
     * sorted by name, all stamped {@link #ENTRY_TIME}, photos STORED (they are compressed already),
     * the JSON deflated at level 9. The same folder gives the same bytes.
     */
    static void zip(Path folder, Path archive) throws IOException {
        Map<String, Path> entries = new TreeMap<>();
        entries.put(PROGRAMME, folder.resolve(PROGRAMME));
        try (Stream<Path> media = Files.list(folder.resolve(MEDIA))) {
            for (Path file : media.toList()) {
                entries.put(MEDIA + "/" + file.getFileName(), file);
            }
        }
        List<String> names = new ArrayList<>(entries.keySet());
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (String name : names) {
                byte[] bytes = Files.readAllBytes(entries.get(name));
                ZipEntry entry = new ZipEntry(name);
                entry.setTimeLocal(ENTRY_TIME);
                if (name.startsWith(MEDIA + "/")) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(bytes.length);
                    entry.setCompressedSize(bytes.length);
                    entry.setCrc(crc.getValue());
                } else {
                    entry.setMethod(ZipEntry.DEFLATED);
                }
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        }
    }
}
