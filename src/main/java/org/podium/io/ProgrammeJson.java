package org.podium.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import org.podium.io.FileReason.Kind;
import org.podium.model.MediaRef;
import org.podium.model.Programme;

/**
 * {@code programme.json} to and from the model: version check, migrations, binding, and errors
 * that name the file, the JSON path and the line.
 */
final class ProgrammeJson {

    static final String ENTRY = "programme.json";

    /** Strict: unknown fields, duplicate keys, trailing content and coerced scalars are errors. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, text -> text
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .addModule(new SimpleModule("podium-numbers").addSerializer(Double.class, new PlainDoubleSerializer()))
            .build();

    /** Two-space indent, {@code "key": value}, one value per line, "\n" on every platform. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** What a {@code programme.json} held, checked and bound; {@code media} in file order. */
    record Document(int formatVersion, String writtenBy, Programme programme, Map<String, MediaRef> media) {
    }

    /** Checks media against the archive between binding the table and binding the slides. */
    interface MediaCheck {
        void check(Map<String, MediaRef> media) throws PodiumFileException;
    }

    private ProgrammeJson() {
    }

    /** UTF-8 JSON, Chinese as is (no \\u escapes), ending with a line break. */
    static byte[] write(Programme programme, String writtenBy) {
        try {
            String json = WRITER.writeValueAsString(ToDto.document(programme, Migrations.CURRENT_VERSION, writtenBy));
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the programme DTOs always serialise", e);
        }
    }

    /**
     * Reads {@code bytes}, the content of {@code programme.json} in {@code file}. A newer format
     * version is refused before anything is bound.
     */
    static Document read(byte[] bytes, Path file, Migrations migrations, MediaCheck mediaCheck)
            throws PodiumFileException {
        String json = text(bytes, file);
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw error(file, e, json);
        }
        if (root == null || !root.isObject()) {
            throw new PodiumFileException(file, FileReason.of(Kind.NOT_AN_OBJECT));
        }
        String writtenBy = root.path("writtenBy").isTextual() ? root.get("writtenBy").asText() : null;
        int version = formatVersion(root, file);
        if (version > migrations.currentVersion()) {
            throw new PodiumFileException(file, writtenBy == null
                    ? FileReason.of(Kind.NEWER_VERSION_BY_UNKNOWN, version, migrations.currentVersion())
                    : FileReason.of(Kind.NEWER_VERSION, writtenBy, version, migrations.currentVersion()));
        }
        boolean migrated = version < migrations.currentVersion();
        DocumentDto dto;
        try {
            dto = migrated
                    ? MAPPER.readerFor(DocumentDto.class).readValue(migrations.upgrade(root, version))
                    : MAPPER.readerFor(DocumentDto.class).readValue(json);
        } catch (Migrations.MigrationException e) {
            throw new PodiumFileException(file, FileReason.of(Kind.IN_PROGRAMME_JSON, e.reason()), e);
        } catch (IOException e) {
            throw error(file, e, migrated ? null : json);
        }
        try {
            Map<String, MediaRef> media = FromDto.mediaTable(dto.media());
            mediaCheck.check(media);
            Programme programme = FromDto.programme(dto.programme(), media);
            return new Document(version, writtenBy == null ? "an unknown program" : writtenBy, programme,
                    Collections.unmodifiableMap(media));
        } catch (BindingException e) {
            // a migrated document's text is not what was bound, so its lines would mislead
            FileReason reason = migrated
                    ? FileReason.of(Kind.VALUE_AFTER_UPGRADE, e.problem(), e.path(), version)
                    : JsonErrors.at(e.problem(), e.path(), JsonErrors.locate(json, e.path()).orElse(null));
            throw new PodiumFileException(file, reason, e);
        }
    }

    /**
     * Strict UTF-8 to text, so that Jackson counts columns in characters as an editor does (over
     * bytes it counts bytes, three per Chinese character). A byte-order mark is dropped.
     */
    private static String text(byte[] bytes, Path file) throws PodiumFileException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new PodiumFileException(file, FileReason.of(Kind.NOT_UTF8), e);
        }
    }

    private static int formatVersion(JsonNode root, Path file) throws PodiumFileException {
        JsonNode version = root.get("formatVersion");
        if (version == null || version.isNull()) {
            throw new PodiumFileException(file, FileReason.of(Kind.NO_FORMAT_VERSION));
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw new PodiumFileException(file, FileReason.of(Kind.BAD_FORMAT_VERSION, version));
        }
        return version.intValue();
    }

    private static PodiumFileException error(Path file, IOException e, String json) {
        FileReason reason = e instanceof JsonProcessingException p ? JsonErrors.describe(p, json)
                : FileReason.of(Kind.IN_PROGRAMME_JSON, String.valueOf(e.getMessage()));
        return new PodiumFileException(file, reason, e);
    }

    /** Writes whole numbers without ".0" ({@code "widthPt": 960}), as the format document shows them. */
    private static final class PlainDoubleSerializer extends StdSerializer<Double> {

        private static final long serialVersionUID = 1L;

        PlainDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double v = value;
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                gen.writeNumber((long) v);
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
