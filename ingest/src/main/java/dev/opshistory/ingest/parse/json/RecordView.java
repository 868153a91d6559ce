package dev.opshistory.ingest.parse.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typed, path-aware reads over one vendor record. A missing or {@code null} field reads as null (exports
 * leave out what did not happen); a field of the wrong JSON type is a {@link RecordProblem} naming the
 * field, so the record becomes a reject with a reason instead of an event with silently wrong data.
 *
 * <p>Paths are dotted ({@code priority.name}); the views of array elements carry their index in the
 * path ({@code acknowledgements[0].at}) so that rejects point at the exact value. Text longer than
 * {@link TextLimit#MAX_UTF8_BYTES} is cut and marks the whole record as truncated (DESIGN.md §3).
 */
public final class RecordView {

    private final JsonNode node;
    private final String prefix;
    private final boolean[] truncated;

    private RecordView(JsonNode node, String prefix, boolean[] truncated) {
        this.node = node;
        this.prefix = prefix;
        this.truncated = truncated;
    }

    /** A view over a whole record. */
    public static RecordView of(JsonNode record) {
        return new RecordView(record, "", new boolean[1]);
    }

    /** Whether any text read of this record, or of a view derived from it, was cut. */
    public boolean truncated() {
        return truncated[0];
    }

    /** The underlying JSON node. */
    public JsonNode json() {
        return node;
    }

    /** The value at {@code path}, or null when it is absent or JSON {@code null}. */
    public JsonNode raw(String path) throws RecordProblem {
        if (path.indexOf('.') < 0) {
            // most reads name a field of this view: no need to split the path
            JsonNode value = node.get(path);
            return value == null || value.isNull() ? null : value;
        }
        JsonNode current = node;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0 && !current.isObject()) {
                throw new RecordProblem(full(String.join(".", java.util.Arrays.copyOf(parts, i))),
                        "expected an object, found " + describe(current));
            }
            current = current.get(parts[i]);
            if (current == null || current.isNull()) {
                return null;
            }
        }
        return current;
    }

    /** Whether {@code path} holds a non-null value. */
    public boolean has(String path) throws RecordProblem {
        return raw(path) != null;
    }

    /**
     * A scalar as text (numbers and booleans as written); null when absent; a problem for objects and
     * arrays. Text longer than {@link TextLimit#MAX_UTF8_BYTES} is cut and the record flagged truncated.
     */
    public String text(String path) throws RecordProblem {
        JsonNode value = raw(path);
        if (value == null) {
            return null;
        }
        if (value.isContainerNode()) {
            throw new RecordProblem(full(path), "expected text, found " + describe(value));
        }
        return limited(value.asText());
    }

    /**
     * A text made from this record's values (a rich-text field converted, say) cut as a field's text is, marking the
     * record truncated when it was; null stays null.
     */
    public String limited(String text) {
        if (text != null && TextLimit.exceeds(text)) {
            truncated[0] = true;
            return TextLimit.cut(text);
        }
        return text;
    }

    /** Like {@link #text} but blank text reads as null: vendors write {@code ""} for "none". */
    public String nonBlankText(String path) throws RecordProblem {
        String text = text(path);
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * A non-blank identifier; a problem when absent, blank or oversized (a cut identifier would no longer
     * identify anything).
     */
    public String requiredText(String path) throws RecordProblem {
        JsonNode value = raw(path);
        if (value != null && value.isTextual() && TextLimit.exceeds(value.asText())) {
            throw new RecordProblem(full(path), "value is longer than " + TextLimit.MAX_UTF8_BYTES + " bytes");
        }
        String text = nonBlankText(path);
        if (text == null) {
            // an export that blanks a field (a scrubbed id, "id": "") is told apart from one that leaves it out
            boolean blank = value != null && value.isTextual();
            throw new RecordProblem(full(path), (blank ? "empty " : "missing ") + full(path));
        }
        return text;
    }

    /** A whole number that fits an int, written as a JSON number or as digits in a string; null when absent. */
    public Integer integer(String path) throws RecordProblem {
        JsonNode value = raw(path);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isTextual() && value.asText().trim().matches("-?\\d{1,10}")) {
            try {
                return Integer.valueOf(value.asText().trim());
            } catch (NumberFormatException e) {
                // falls through to the problem below: out of int range
            }
        }
        throw new RecordProblem(full(path), "expected a whole number, found " + describe(value));
    }

    /** A whole number of any size (epoch milliseconds, durations); null when absent. */
    public Long longNumber(String path) throws RecordProblem {
        JsonNode value = raw(path);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual() && value.asText().trim().matches("-?\\d{1,19}")) {
            BigInteger big = new BigInteger(value.asText().trim());
            if (big.bitLength() < 64) {
                return big.longValue();
            }
        }
        throw new RecordProblem(full(path), "expected a whole number, found " + describe(value));
    }

    /** A boolean, also accepted as the text {@code true}/{@code false}; null when absent. */
    public Boolean bool(String path) throws RecordProblem {
        JsonNode value = raw(path);
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String text = value.asText().trim().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
        }
        throw new RecordProblem(full(path), "expected true or false, found " + describe(value));
    }

    /** An ISO-8601 timestamp with a zone, as a UTC instant; null when absent. */
    public Instant instant(String path) throws RecordProblem {
        JsonNode value = raw(path);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw new RecordProblem(full(path), "expected an ISO-8601 timestamp, found " + describe(value));
        }
        String text = value.asText();
        return Timestamps.parse(text).orElseThrow(() -> new RecordProblem(full(path), Timestamps.problem(text)));
    }

    /** Like {@link #instant} but a problem when absent. */
    public Instant requiredInstant(String path) throws RecordProblem {
        if (!has(path)) {
            throw new RecordProblem(full(path), "missing " + full(path));
        }
        return instant(path);
    }

    /** A nested object as a view; null when absent; a problem for any other type. */
    public RecordView object(String path) throws RecordProblem {
        JsonNode value = raw(path);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw new RecordProblem(full(path), "expected an object, found " + describe(value));
        }
        return new RecordView(value, full(path) + ".", truncated);
    }

    /** The elements of an array, each as a view of an object; empty when absent. */
    public List<RecordView> objects(String path) throws RecordProblem {
        JsonNode value = raw(path);
        List<RecordView> views = new ArrayList<>();
        if (value == null) {
            return views;
        }
        if (!value.isArray()) {
            throw new RecordProblem(full(path), "expected an array, found " + describe(value));
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String elementPath = full(path) + "[" + i + "]";
            if (!element.isObject()) {
                throw new RecordProblem(elementPath, "expected an object, found " + describe(element));
            }
            views.add(new RecordView(element, elementPath + ".", truncated));
        }
        return views;
    }

    /** An array of scalars as text; empty when absent. */
    public List<String> strings(String path) throws RecordProblem {
        JsonNode value = raw(path);
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        if (!value.isArray()) {
            throw new RecordProblem(full(path), "expected an array, found " + describe(value));
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            if (element.isContainerNode()) {
                throw new RecordProblem(full(path) + "[" + i + "]", "expected text, found " + describe(element));
            }
            if (!element.isNull()) {
                String text = element.asText();
                if (TextLimit.exceeds(text)) {
                    truncated[0] = true;
                    text = TextLimit.cut(text);
                }
                texts.add(text);
            }
        }
        return texts;
    }

    /** The full dotted path of a field of this view, as used in rejects. */
    public String full(String path) {
        return prefix + path;
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "the text '" + abbreviate(value.asText()) + "'";
            case NUMBER -> "the number " + value.asText();
            case BOOLEAN -> "the boolean " + value.asText();
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
