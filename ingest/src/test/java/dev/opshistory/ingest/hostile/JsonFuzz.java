package dev.opshistory.ingest.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Inputs for a JSON parser made from its real records: each record copied and edited as a tree (fields
 * deleted, nulled, of another type, odd timestamps, garbage or oversized text, deep nesting, the record
 * itself replaced), records repeated and reordered, written in one of the shapes exports come in (vendor
 * envelope, bare array, NDJSON, pretty values one after the other), then possibly mangled byte by byte.
 * Until bytes are mangled the records can be counted from outside, so the parser's calls must match.
 */
final class JsonFuzz {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern TIMESTAMP_NAME = Pattern.compile("(?i).*(_at|At|Date|_on|Time|time)$");
    private static final Pattern TIMESTAMP_VALUE = Pattern.compile("^[+-]?\\d{4,}-\\d{2}-\\d{2}.*");

    /** Odd timestamps: no zone, epoch numbers, impossible dates, extreme years, empty. */
    static final List<JsonNode> ODD_TIMESTAMPS = List.of(text("2026-13-45T00:00:00Z"), text("0000-00-00"),
            text("+275760-09-13T00:00:00Z"), text(""), text("2015-10-06T21:30:42"), NODES.numberNode(1446854060),
            NODES.numberNode(1446854060000L), text("2017-02-30T00:00:00Z"), text("2015-10-06T21:30:42.1234567891Z"),
            text("2015-10-06T21:30:42+25:00"), text("-999999999-01-01T00:00:00Z"),
            text("+999999999-12-31T23:59:59.999999999-18:00"), text("2015-10-06t21:30:42z"), text(" 2015-10-06T21:30:42Z "),
            text("\u0000"), text("2015-10-06T24:00:00Z"), text("2016-12-31T23:59:60Z"));

    /** Values of every JSON type, to put where another type is expected. */
    static final List<JsonNode> OTHER_TYPES = List.of(NODES.numberNode(42), NODES.numberNode(-1.5e308), text("text"),
            NODES.booleanNode(true), NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add(1).add("x"),
            NODES.objectNode().set("nested", NODES.objectNode().put("a", 1)),
            NODES.numberNode(new BigInteger("99999999999999999999999")), text(""), NODES.nullNode(),
            NODES.numberNode(-1), NODES.numberNode(Long.MIN_VALUE), text("NaN"));

    enum Shape { ENVELOPE, BARE_ARRAY, NDJSON, CONCATENATED }

    enum EditKind { DELETE, SET_NULL, OTHER_TYPE, ODD_TIMESTAMP, GARBAGE_TEXT, HUGE_TEXT, DEEPEN, REPLACE_RECORD }

    /** One tree edit: {@code target} picks the value (modulo the record's values), {@code choice} the replacement. */
    record Edit(EditKind kind, int target, int choice, String garbage) {
        @Override
        public String toString() {
            return kind + "#" + target + "/" + choice + (kind == EditKind.GARBAGE_TEXT ? " " + JsonFuzz.quote(garbage) : "");
        }
    }

    /** A record: which real one, and its edits. */
    record RecordPlan(int seed, List<Edit> edits) {
    }

    private JsonFuzz() {
    }

    static Arbitrary<FuzzInput> inputs(JsonTarget target) {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.of(EditKind.class), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 1_000), Arbitraries.strings().all().ofMaxLength(40)).as(Edit::new);
        Arbitrary<RecordPlan> record = Combinators.combine(
                Arbitraries.integers().between(0, target.seeds().size() - 1), edit.list().ofMaxSize(4)).as(RecordPlan::new);
        return Combinators.combine(record.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(Shape.class), ByteEdit.some())
                .as((records, shape, bytes) -> build(target, records, shape, bytes));
    }

    private static FuzzInput build(JsonTarget target, List<RecordPlan> plans, Shape shape, List<ByteEdit> byteEdits) {
        List<JsonNode> records = new ArrayList<>();
        for (RecordPlan plan : plans) {
            JsonNode record = target.seeds().get(plan.seed()).deepCopy();
            for (Edit edit : plan.edits()) {
                record = apply(record, edit);
            }
            records.add(record);
        }
        byte[] bytes = write(target, records, shape).getBytes(StandardCharsets.UTF_8);
        for (ByteEdit edit : byteEdits) {
            bytes = edit.apply(bytes);
        }
        int count = shape == Shape.ENVELOPE || shape == Shape.BARE_ARRAY ? records.size() : topLevelRecords(target, records);
        FuzzInput.Expect expect;
        if (count < 0) {
            expect = FuzzInput.Expect.ANY;
        } else if (byteEdits.isEmpty()) {
            expect = FuzzInput.Expect.EXACT;
        } else if (byteEdits.size() == 1 && byteEdits.get(0).truncation() && (shape == Shape.ENVELOPE || shape == Shape.BARE_ARRAY)
                && bytes.length < write(target, records, shape).stripTrailing().getBytes(StandardCharsets.UTF_8).length) {
            expect = FuzzInput.Expect.CUT_DOCUMENT;
        } else {
            expect = FuzzInput.Expect.ANY;
        }
        String recipe = shape + " of " + plans + (byteEdits.isEmpty() ? "" : " then bytes " + byteEdits);
        return new FuzzInput(target.fileName(), bytes, count, expect, recipe);
    }

    /**
     * Records of NDJSON or of values one after the other: an array's elements each, any other value one;
     * -1 when a value could be taken for an envelope, whose records only the parser's rules can count.
     */
    private static int topLevelRecords(JsonTarget target, List<JsonNode> records) {
        int count = 0;
        for (JsonNode record : records) {
            if (record.isArray()) {
                count += record.size();
            } else if (record.isObject() && target.listKeys().stream().anyMatch(record::has)) {
                return -1;
            } else {
                count++;
            }
        }
        return count;
    }

    private static String write(JsonTarget target, List<JsonNode> records, Shape shape) {
        List<String> compact = records.stream().map(JsonFuzz::compact).toList();
        return switch (shape) {
            case ENVELOPE -> "{\n  \"" + target.listKey() + "\": [\n" + String.join(",\n", compact) + "\n  ]"
                    + (target.envelopeTail().isEmpty() ? "" : ",\n  " + target.envelopeTail()) + "\n}\n";
            case BARE_ARRAY -> "[" + String.join(",", compact) + "]";
            case NDJSON -> String.join("\n", compact) + "\n";
            case CONCATENATED -> String.join("\n", records.stream().map(JsonNode::toPrettyString).toList()) + "\n";
        };
    }

    private static JsonNode apply(JsonNode record, Edit edit) {
        if (edit.kind() == EditKind.REPLACE_RECORD) {
            return OTHER_TYPES.get(edit.choice() % OTHER_TYPES.size()).deepCopy();
        }
        List<Slot> slots = new ArrayList<>();
        collect(record, slots, 0);
        if (slots.isEmpty()) {
            return record;
        }
        Slot slot = pick(slots, edit);
        switch (edit.kind()) {
            case DELETE -> slot.remove();
            case SET_NULL -> slot.set(NODES.nullNode());
            case OTHER_TYPE -> slot.set(OTHER_TYPES.get(edit.choice() % OTHER_TYPES.size()).deepCopy());
            case ODD_TIMESTAMP -> slot.set(ODD_TIMESTAMPS.get(edit.choice() % ODD_TIMESTAMPS.size()).deepCopy());
            case GARBAGE_TEXT -> slot.set(text(edit.garbage()));
            case HUGE_TEXT -> slot.set(text((edit.choice() % 2 == 0 ? "é" : "x").repeat(70_000)));
            case DEEPEN -> {
                JsonNode value = slot.get();
                for (int i = 0; i < 1 + edit.choice() % 200; i++) {
                    value = i % 2 == 0 ? NODES.arrayNode().add(value) : NODES.objectNode().set("x", value);
                }
                slot.set(value);
            }
            default -> throw new IllegalStateException(edit.kind().name());
        }
        return record;
    }

    /** Timestamp edits go to a timestamp-looking field when the record has one. */
    private static Slot pick(List<Slot> slots, Edit edit) {
        if (edit.kind() == EditKind.ODD_TIMESTAMP) {
            List<Slot> stamps = slots.stream().filter(Slot::looksLikeTimestamp).toList();
            if (!stamps.isEmpty()) {
                return stamps.get(edit.target() % stamps.size());
            }
        }
        return slots.get(edit.target() % slots.size());
    }

    private static void collect(JsonNode node, List<Slot> slots, int depth) {
        if (depth > 20) {
            return;
        }
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                slots.add(new Slot(object, name, -1));
                collect(object.get(name), slots, depth + 1);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots, depth + 1);
            }
        }
    }

    /** A place in a record: a field of an object or an element of an array. */
    private record Slot(JsonNode container, String name, int index) {
        JsonNode get() {
            return name != null ? container.get(name) : container.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) container).set(name, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                ((ObjectNode) container).remove(name);
            } else {
                ((ArrayNode) container).set(index, NODES.nullNode());
            }
        }

        boolean looksLikeTimestamp() {
            JsonNode value = get();
            return (name != null && TIMESTAMP_NAME.matcher(name).matches())
                    || (value != null && value.isTextual() && TIMESTAMP_VALUE.matcher(value.asText()).matches());
        }
    }

    private static JsonNode text(String value) {
        return NODES.textNode(value);
    }

    /** Written through a character writer: lone surrogates in garbage text must not stop the generator. */
    private static String compact(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }

}
