package dev.opshistory.ingest.parse.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the first bytes of a JSON file show about its shape, for format detection: the root's type, the
 * root object's keys, the keys of the first record under each top-level key (the object itself, or the
 * first object with keys among an array's elements: numbers, strings, nulls, arrays and empty objects before
 * it are junk records, not the format's) with its text values, and whether more than one top-level value
 * follows (NDJSON).
 *
 * <p>Reading stops quietly where the head ends or stops being JSON, keeping what was seen so far. A record
 * cut by the end of the head (a 10 MB title fills any head) keeps the keys and texts read before the cut;
 * the keys after it are unknown, which {@link #isCut(String)} tells. Where the text stops being JSON before the
 * head ends, {@link #syntaxError()} says where and why.
 */
public final class JsonHead {

    /** The type of the first top-level value. */
    public enum Root { OBJECT, ARRAY, OTHER, EMPTY, NOT_JSON }

    /** Key standing for the root array in {@link #recordKeys(String)}. */
    public static final String ROOT_ARRAY = "";

    /** Key standing for the root object itself in {@link #recordText(String, String)}. */
    public static final String ROOT_OBJECT = ".";

    private Root root = Root.NOT_JSON;
    private final Set<String> rootKeys = new LinkedHashSet<>();
    private final Map<String, Set<String>> recordKeys = new HashMap<>();
    private final Map<String, Map<String, String>> recordTexts = new HashMap<>();
    private final Set<String> emptyArrays = new HashSet<>();
    private final Set<String> arrays = new HashSet<>();
    /** Per holder, the array index of the element taken as its first record (-1 for an object holder). */
    private final Map<String, Integer> chosen = new HashMap<>();
    private final Set<String> cut = new HashSet<>();
    private boolean severalValues;
    private String syntaxError;

    private JsonHead() {
    }

    /**
     * The head read last: detection offers one file's head to every parser, each of which asks for its shape,
     * and reading 64 KB of JSON a dozen times per file costs more than many of its records. Keyed by identity,
     * so only the very same head string is answered from it; a shape is never changed once read.
     */
    private static volatile Remembered last;

    private record Remembered(String head, JsonHead shape) {
    }

    /** Reads what {@code head} (the first bytes of a file, possibly cut mid-record) shows. */
    public static JsonHead of(String head) {
        Remembered remembered = last;
        if (remembered != null && remembered.head() == head) {
            return remembered.shape();
        }
        JsonHead shape = parse(head);
        last = new Remembered(head, shape);
        return shape;
    }

    private static JsonHead parse(String head) {
        JsonHead shape = new JsonHead();
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        if (text.isBlank()) {
            shape.root = Root.EMPTY;
            return shape;
        }
        try (JsonParser parser = VendorJson.mapper().createParser(text)) {
            try {
                shape.read(parser);
            } catch (IOException e) {
                // the head ends mid-value or the file is not JSON: keep what was seen, and say which record was cut
                shape.noteCut(parser.getParsingContext());
                shape.noteSyntaxError(e, text.length());
            }
        } catch (IOException e) {
            // closing a parser over a string does not fail
        }
        return shape;
    }

    private void read(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        root = token == JsonToken.START_OBJECT ? Root.OBJECT : token == JsonToken.START_ARRAY ? Root.ARRAY : Root.OTHER;
        JsonToken previous = token;
        while ((token = parser.nextToken()) != null) {
            JsonStreamContext context = parser.getParsingContext();
            if (token == JsonToken.FIELD_NAME) {
                noteField(context, parser.currentName());
            } else if (token == JsonToken.VALUE_STRING && context.inObject()) {
                noteText(context, parser.currentName(), parser.getText());
            } else if (token == JsonToken.START_ARRAY && context.getParent().inObject()
                    && context.getParent().getParent().inRoot()) {
                arrays.add(context.getParent().getCurrentName());
            } else if (token == JsonToken.END_ARRAY && previous == JsonToken.START_ARRAY) {
                noteEmptyArray(context);
            }
            if (context.inRoot() && (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY)) {
                // the first top-level value is complete; anything after it makes the file NDJSON-like
                severalValues = parser.nextToken() != null;
                return;
            }
            previous = token;
        }
    }

    /**
     * Keeps a syntax error that is the file's: not one at the end of the head, where a cut value ("tru", "[1,",
     * "12.") fails as a wrong one would.
     */
    private void noteSyntaxError(IOException e, int length) {
        if (e instanceof JsonParseException error && !(e instanceof JsonEOFException)) {
            JsonLocation at = error.getLocation();
            if (at != null && at.getCharOffset() >= 0 && at.getCharOffset() < length - 1) {
                syntaxError = "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
                        + error.getOriginalMessage();
            }
        }
    }

    private void noteField(JsonStreamContext object, String name) {
        JsonStreamContext parent = object.getParent();
        if (parent.inRoot()) {
            rootKeys.add(name);
            return;
        }
        String holder = holderOf(object);
        if (holder != null && isChosen(holder, object)) {
            keysOf(holder).add(name);
        }
    }

    private void noteText(JsonStreamContext object, String name, String text) {
        String holder = object.getParent().inRoot() ? ROOT_OBJECT : holderOf(object);
        if (holder != null && name != null && (holder.equals(ROOT_OBJECT) || isChosen(holder, object))) {
            recordTexts.computeIfAbsent(holder, k -> new HashMap<>()).putIfAbsent(name, text);
        }
    }

    /**
     * Whether {@code object} is the record its holder's keys are read from: the first element that has a
     * key (an object holder's value always is). Called on a field of {@code object}, so an empty object or a
     * value of another type is never chosen.
     */
    private boolean isChosen(String holder, JsonStreamContext object) {
        int index = indexOf(object);
        return chosen.computeIfAbsent(holder, k -> index) == index;
    }

    /** The array index of a record, -1 for the value of an object's key. */
    private static int indexOf(JsonStreamContext record) {
        return record.getParent().inArray() ? record.getParent().getCurrentIndex() : -1;
    }

    /** Notes which records, if any, the head ended in: the root object, and the record chosen for a holder. */
    private void noteCut(JsonStreamContext at) {
        for (JsonStreamContext context = at; context != null && !context.inRoot(); context = context.getParent()) {
            if (!context.inObject()) {
                continue;
            }
            if (context.getParent().inRoot()) {
                cut.add(ROOT_OBJECT);
                continue;
            }
            String holder = holderOf(context);
            if (holder != null && chosen.containsKey(holder) && chosen.get(holder) == indexOf(context)) {
                cut.add(holder);
            }
        }
    }

    /**
     * The top-level key whose records {@code object} is one of ({@link #ROOT_ARRAY} for the root array's
     * elements), or null when it is no such record.
     */
    private static String holderOf(JsonStreamContext object) {
        JsonStreamContext parent = object.getParent();
        if (parent.inObject() && parent.getParent().inRoot()) {
            return parent.getCurrentName();
        }
        if (parent.inArray()) {
            JsonStreamContext holder = parent.getParent();
            if (holder.inRoot()) {
                return ROOT_ARRAY;
            }
            if (holder.inObject() && holder.getParent().inRoot()) {
                return holder.getCurrentName();
            }
        }
        return null;
    }

    private void noteEmptyArray(JsonStreamContext afterArray) {
        if (afterArray.inRoot()) {
            emptyArrays.add(ROOT_ARRAY);
        } else if (afterArray.inObject() && afterArray.getParent().inRoot()) {
            emptyArrays.add(afterArray.getCurrentName());
        }
    }

    private Set<String> keysOf(String holder) {
        return recordKeys.computeIfAbsent(holder, k -> new LinkedHashSet<>());
    }

    public Root root() {
        return root;
    }

    /** Keys of the root object, in file order (the record's own keys when the root is a bare record). */
    public Set<String> rootKeys() {
        return Collections.unmodifiableSet(rootKeys);
    }

    /**
     * Keys of the first record under a top-level key ({@link #ROOT_ARRAY} for the root array): of the
     * object itself, or of the array's first element that is an object with keys. Empty when none were seen.
     */
    public Set<String> recordKeys(String topLevelKey) {
        return Collections.unmodifiableSet(recordKeys.getOrDefault(topLevelKey, Set.of()));
    }

    /**
     * Keys of the record a detection looks at: the root object's own keys for {@link #ROOT_OBJECT} (a bare
     * record or an NDJSON line), else {@link #recordKeys(String)} of the first record under that key.
     */
    public Set<String> keysAt(String holder) {
        return ROOT_OBJECT.equals(holder) ? rootKeys() : recordKeys(holder);
    }

    /**
     * A text value of the first record under a top-level key ({@link #ROOT_ARRAY} for the root array,
     * {@link #ROOT_OBJECT} for the root object's own fields), e.g. a log entry's {@code type}; null when the
     * field was not seen or is not a string.
     */
    public String recordText(String topLevelKey, String field) {
        return recordTexts.getOrDefault(topLevelKey, Map.of()).get(field);
    }

    /**
     * Whether the head ended inside the record whose keys {@link #keysAt(String)} gives for {@code holder}: its
     * keys after the cut are unknown.
     */
    public boolean isCut(String holder) {
        return cut.contains(holder);
    }

    /** Whether the value under a top-level key of the root object is an array. */
    public boolean isArray(String topLevelKey) {
        return arrays.contains(topLevelKey);
    }

    /** Whether the value under a top-level key ({@link #ROOT_ARRAY} for the root) is an empty array. */
    public boolean isEmptyArray(String topLevelKey) {
        return emptyArrays.contains(topLevelKey);
    }

    /** A short description of the shape for "why not" messages, e.g. {@code JSON object with keys [log_entries, limit]}. */
    public String describe() {
        return switch (root) {
            case OBJECT -> "JSON object with keys " + rootKeys.stream().limit(8).toList()
                    + rootKeys.stream().filter(k -> !recordKeys(k).isEmpty()).findFirst()
                            .map(k -> ", " + k + " records with keys " + recordKeys(k).stream().limit(8).toList() + cutNote(k))
                            .orElse("");
            case ARRAY -> isEmptyArray(ROOT_ARRAY) ? "empty JSON array"
                    : "JSON array of records with keys " + recordKeys(ROOT_ARRAY).stream().limit(8).toList() + cutNote(ROOT_ARRAY);
            case OTHER -> "JSON scalar";
            case EMPTY -> "empty file";
            case NOT_JSON -> "not JSON";
        };
    }

    private String cutNote(String holder) {
        return isCut(holder) ? " (the first record is cut by the end of the head after these keys)" : "";
    }

    /**
     * Where and why the text stops being JSON before the head ends, as Jackson reports it ({@code line 1, column 3:
     * Illegal unquoted character…}); null when the head is JSON up to its end (it may still be cut there).
     */
    public String syntaxError() {
        return syntaxError;
    }

    /** Whether another top-level value follows the first one (NDJSON or concatenated JSON). */
    public boolean hasSeveralValues() {
        return severalValues;
    }
}
