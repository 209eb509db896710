package org.podium.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.podium.io.FileReason.Kind;
import org.podium.model.SlideKind;

/**
 * Jackson's exceptions said for a person: what is wrong, the JSON path ({@code $.programme.segments[1]})
 * and the line and column, without Java class names. What Jackson alone can say (the detail of a
 * syntax error) is kept in its English; the sentence around it is a {@link FileReason}.
 */
final class JsonErrors {

    private static final String KNOWN_KINDS =
            Arrays.stream(SlideKind.values()).map(SlideKind::id).collect(Collectors.joining(", "));

    /** "String value length (20038599) exceeds the maximum allowed (20000000, from `…`)". */
    private static final Pattern LIMIT = Pattern.compile("^(.+?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]");

    /** A plain factory: locating needs tokens only, and the text is known to parse up to the error. */
    private static final JsonFactory LOCATING = new JsonFactory();

    private JsonErrors() {
    }

    /**
     * @param json the text that was bound, to find the line of a mapping error's path (Jackson's own
     *             location is where it noticed, which for a buffered slide is its end); {@code null}
     *             when a tree was bound
     */
    static FileReason describe(JsonProcessingException e, String json) {
        if (e instanceof StreamConstraintsException limit) {
            return FileReason.of(Kind.IN_PROGRAMME_JSON, overLimit(limit));
        }
        if (e instanceof JsonMappingException mapping) {
            String path = path(mapping.getPath());
            if (e instanceof InvalidTypeIdException typeId && typeId.getTypeId() != null) {
                path += ".kind";
            }
            JsonLocation location = json == null ? e.getLocation()
                    : locate(json, path).orElse(e.getLocation());
            return at(problem(mapping), path, location);
        }
        String path = "$";
        if (e instanceof StreamReadException read && read.getProcessor() != null) {
            path = path(read.getProcessor().getParsingContext(), false);
        }
        return at(FileReason.of(Kind.NOT_JSON, withoutSource(e.getOriginalMessage())), path, e.getLocation());
    }

    /**
     * One of the reader's limits (text length, nesting depth, number length) without the Jackson
     * method Jackson names. The length Jackson gives is how far it read, not the text's length.
     */
    private static FileReason overLimit(StreamConstraintsException e) {
        Matcher m = LIMIT.matcher(String.valueOf(e.getOriginalMessage()));
        if (!m.find()) {
            return FileReason.of(Kind.OVER_LIMITS);
        }
        String max = String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(3)));
        switch (m.group(1)) {
            case "String value length":
                return FileReason.of(Kind.TEXT_TOO_LONG, max);
            case "Document nesting depth":
                return FileReason.of(Kind.NESTED_TOO_DEEP, max);
            case "Number value length":
                return FileReason.of(Kind.NUMBER_TOO_LONG, max);
            default:
                // a limit a later Jackson adds: its own name for it is all there is
                return FileReason.of(Kind.OVER_LIMIT, m.group(1).toLowerCase(Locale.ROOT), max);
        }
    }

    /** A {@link FileReason}, or Jackson's own words when it is none of the usual mistakes. */
    private static Object problem(JsonMappingException e) {
        if (e instanceof InvalidTypeIdException typeId) {
            return typeId.getTypeId() == null
                    ? FileReason.of(Kind.SLIDE_WITHOUT_KIND, KNOWN_KINDS)
                    : FileReason.of(Kind.UNKNOWN_SLIDE_KIND, typeId.getTypeId(), KNOWN_KINDS);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return FileReason.of(Kind.UNKNOWN_FIELD, unknown.getPropertyName());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return FileReason.of(expected(mismatch.getTargetType()));
        }
        return withoutSource(e.getOriginalMessage());
    }

    /** Jackson names a source it was told not to show; only the line and column are of use. */
    private static String withoutSource(String message) {
        return SOURCE.matcher(message).replaceAll("line $1, column $2");
    }

    private static Kind expected(Class<?> type) {
        if (type == String.class) {
            return Kind.EXPECTED_STRING;
        } else if (type == Integer.class || type == int.class) {
            return Kind.EXPECTED_WHOLE_NUMBER;
        } else if (type == Double.class || type == double.class) {
            return Kind.EXPECTED_NUMBER;
        } else if (List.class.isAssignableFrom(type)) {
            return Kind.EXPECTED_LIST;
        }
        return Kind.EXPECTED_OBJECT;
    }

    /** {@code $.a.b[2].c} from Jackson's reference chain. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The path of the value a parser is at. At a {@code START_OBJECT}/{@code START_ARRAY} the
     * parser already stands in the new container, so its position is its parent's.
     */
    static String path(JsonStreamContext context, boolean atContainerStart) {
        JsonStreamContext at = atContainerStart ? context.getParent() : context;
        StringBuilder path = new StringBuilder();
        for (; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject()) {
                path.insert(0, "." + at.getCurrentName());
            } else if (at.inArray()) {
                path.insert(0, "[" + at.getCurrentIndex() + "]");
            }
        }
        return "$" + path;
    }

    /** Line and column of the value at {@code path} in {@code json}, found by parsing again. */
    static Optional<JsonLocation> locate(String json, String path) {
        try (JsonParser parser = LOCATING.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                if (path.equals(path(parser.getParsingContext(), token.isStructStart()))) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "programme.json: {@code problem} at {@code path} (line L, column C)", without the line when
     * Jackson had no position (a tree being bound).
     *
     * @param problem a {@link FileReason} or text that is shown as it is
     */
    static FileReason at(Object problem, String path, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return FileReason.of(Kind.VALUE, problem, path);
        }
        return FileReason.of(Kind.VALUE_AT_LINE, problem, path, location.getLineNr(), location.getColumnNr());
    }
}
