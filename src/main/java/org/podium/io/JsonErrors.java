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
import org.podium.model.SlideKind;

/**
 * Jackson's exceptions said for a person: what is wrong, the JSON path ({@code $.programme.segments[1]})
 * and the line and column, without Java class names.
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
    static String describe(JsonProcessingException e, String json) {
        if (e instanceof StreamConstraintsException limit) {
            return overLimit(limit);
        }
        if (e instanceof JsonMappingException mapping) {
            String path = path(mapping.getPath());
            if (e instanceof InvalidTypeIdException typeId && typeId.getTypeId() != null) {
                path += ".kind";
            }
            JsonLocation location = json == null ? e.getLocation()
                    : locate(json, path).orElse(e.getLocation());
            return problem(mapping) + " at " + path + where(location);
        }
        String path = "$";
        if (e instanceof StreamReadException read && read.getProcessor() != null) {
            path = path(read.getProcessor().getParsingContext(), false);
        }
        return "not valid JSON: " + withoutSource(e.getOriginalMessage()) + " at " + path + where(e.getLocation());
    }

    /**
     * One of the reader's limits (text length, nesting depth, number length) without the Jackson
     * method Jackson names. The length Jackson gives is how far it read, not the text's length.
     */
    private static String overLimit(StreamConstraintsException e) {
        Matcher m = LIMIT.matcher(String.valueOf(e.getOriginalMessage()));
        String damaged = "; the file is damaged or was not written by Podium";
        if (!m.find()) {
            return "a value over the reader's limits" + damaged;
        }
        String max = String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(3)));
        switch (m.group(1)) {
            case "String value length":
                return "a text longer than the " + max + " characters a programme may hold" + damaged;
            case "Document nesting depth":
                return "values nested deeper than the " + max + " levels a programme may hold" + damaged;
            case "Number value length":
                return "a number longer than the " + max + " digits a programme may hold" + damaged;
            default:
                return m.group(1).toLowerCase(Locale.ROOT) + " over the " + max + " a programme may hold" + damaged;
        }
    }

    private static String problem(JsonMappingException e) {
        if (e instanceof InvalidTypeIdException typeId) {
            return typeId.getTypeId() == null
                    ? "the slide has no kind; it must be one of " + KNOWN_KINDS
                    : "unknown slide kind \"" + typeId.getTypeId() + "\"; Podium knows " + KNOWN_KINDS;
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\"";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType());
        }
        return withoutSource(e.getOriginalMessage());
    }

    /** Jackson names a source it was told not to show; only the line and column are of use. */
    private static String withoutSource(String message) {
        return SOURCE.matcher(message).replaceAll("line $1, column $2");
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        } else if (type == Integer.class || type == int.class) {
            return "a whole number";
        } else if (type == Double.class || type == double.class) {
            return "a number";
        } else if (List.class.isAssignableFrom(type)) {
            return "a list [ … ]";
        }
        return "an object { … }";
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

    /** " (line L, column C)", or nothing when Jackson had no position (a tree being bound). */
    static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
