package dev.opshistory.ingest.parse.json;

import dev.opshistory.ingest.parse.Detection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What one vendor's JSON export looks like, for detection and reading: a test of one record, the envelope keys
 * that hold such records, and the words the reasons use. Every vendor JSON export parser is detected the same way:
 *
 * <p>The record tested is the first record under a holder that is an object with keys ({@link JsonHead}): junk
 * elements before it (numbers, strings, nulls, arrays, empty objects) become rejects when read, and do not hide
 * the format. When the head ends inside that record (a huge value early in it), only its keys up to the cut are
 * known, so a test should be able to decide from the keys a vendor writes first where it can (PagerDuty's
 * {@code type}).
 *
 * <ol>
 *   <li>a root array: 90 when its first record passes the test;</li>
 *   <li>a root object: the envelope rules in the order given, first match wins: 100 for a passing record under
 *       an envelope key ({@link #list}, {@link #single}, {@link #listOrSingle}), the rule's score for an empty
 *       envelope ({@link #empty});</li>
 *   <li>else the root object itself as a record: 80 for one bare record, 90 when more top-level values follow
 *       (NDJSON);</li>
 *   <li>anything else: 0, with a description of what the head shows.</li>
 * </ol>
 *
 * <p>Immutable: each rule method returns a new shape, so parsers keep theirs in a constant.
 */
public final class JsonShape {

    /** Whether the first record under a holder (an envelope key, {@link JsonHead#ROOT_ARRAY} or {@link JsonHead#ROOT_OBJECT}) is one of the format's. */
    @FunctionalInterface
    public interface RecordTest {
        boolean test(JsonHead head, String holder);
    }

    /** One envelope rule: a detection when it applies, else null. */
    @FunctionalInterface
    private interface Rule {
        Detection apply(String fileName, JsonHead head);
    }

    private final String records;
    private final Function<Set<String>, String> recordsNamed;
    private final Function<Set<String>, String> bareNamed;
    private final RecordTest test;
    private final List<Rule> rules;
    private final Set<String> listKeys;
    private final Set<String> singleKeys;
    private final boolean envelopesInArrays;

    private JsonShape(String records, Function<Set<String>, String> recordsNamed, Function<Set<String>, String> bareNamed,
            RecordTest test, List<Rule> rules, Set<String> listKeys, Set<String> singleKeys, boolean envelopesInArrays) {
        this.records = records;
        this.recordsNamed = recordsNamed;
        this.bareNamed = bareNamed;
        this.test = test;
        this.rules = List.copyOf(rules);
        this.listKeys = Set.copyOf(listKeys);
        this.singleKeys = Set.copyOf(singleKeys);
        this.envelopesInArrays = envelopesInArrays;
    }

    /**
     * A shape whose records are told by their keys alone.
     *
     * @param records    the records' name in reasons, e.g. {@code PagerDuty incidents}
     * @param bareRecord the reason for one bare record, e.g. {@code bare PagerDuty incident object}
     * @param recordKeys whether a record with these keys is one of the format's
     */
    public static JsonShape ofKeys(String records, String bareRecord, Predicate<Set<String>> recordKeys) {
        return ofKeys(records, keys -> records, keys -> bareRecord, recordKeys);
    }

    /**
     * A shape whose records are told by their keys alone, and whose reasons name them by their keys (one vendor's
     * name or another's).
     *
     * @param records      the records' name when none are recognised, e.g. {@code Opsgenie/JSM alerts}
     * @param recordsNamed the records' name, given the keys of the first one
     * @param bareNamed    the reason for one bare record, given its keys
     */
    public static JsonShape ofKeys(String records, Function<Set<String>, String> recordsNamed,
            Function<Set<String>, String> bareNamed, Predicate<Set<String>> recordKeys) {
        return new JsonShape(records, recordsNamed, bareNamed, (head, holder) -> recordKeys.test(head.keysAt(holder)),
                List.of(), Set.of(), Set.of(), false);
    }

    /** A shape whose records are told by their keys and text values ({@link JsonHead#recordText}). */
    public static JsonShape of(String records, String bareRecord, RecordTest record) {
        return of(records, keys -> records, keys -> bareRecord, record);
    }

    /**
     * A shape whose records are told by the head ({@link JsonHead#keysAt}, {@link JsonHead#isCut}, …), and whose
     * reasons name them by their keys.
     */
    public static JsonShape of(String records, Function<Set<String>, String> recordsNamed,
            Function<Set<String>, String> bareNamed, RecordTest record) {
        return new JsonShape(records, recordsNamed, bareNamed, record, List.of(), Set.of(), Set.of(), false);
    }

    /** A list envelope: {@code {"<key>": [records…], …}}. */
    public JsonShape list(String key, String reason) {
        return with(enveloped(key, reason), Set.of(key), Set.of());
    }

    /** A single-record envelope: {@code {"<key>": {record}}}. */
    public JsonShape single(String key, String reason) {
        return with(enveloped(key, reason), Set.of(), Set.of(key));
    }

    /** An envelope key holding a list or one record, the JSON type deciding (Opsgenie's {@code data}). */
    public JsonShape listOrSingle(String key, String listReason, String singleReason) {
        Rule rule = (fileName, head) -> holds(head, key)
                ? Detection.yes(100, head.isArray(key) ? listReason : singleReason) : null;
        return with(rule, Set.of(key), Set.of(key));
    }

    /**
     * An envelope without records, claimed with a lower score because it holds nothing to tell formats apart.
     *
     * @param when whether the file (by its name and head) is such an envelope of this format
     */
    public JsonShape empty(int score, String reason, BiPredicate<String, JsonHead> when) {
        return with((fileName, head) -> when.test(fileName, head) ? Detection.yes(score, reason) : null, Set.of(), Set.of());
    }

    /**
     * The same shape whose root arrays may hold list envelopes rather than records: an array of Alertmanager webhook
     * payloads, each holding its alerts. Detection is unchanged (the record test sees the first element's keys at
     * {@link JsonHead#ROOT_ARRAY}); the reader reads the records of each such element.
     */
    public JsonShape envelopesInArrays() {
        return new JsonShape(records, recordsNamed, bareNamed, test, rules, listKeys, singleKeys, true);
    }

    /** The envelope keys the reader unwraps: those of the {@link #list}, {@link #single} and {@link #listOrSingle} rules. */
    public EnvelopeKeys envelopeKeys() {
        return new EnvelopeKeys(listKeys, singleKeys, envelopesInArrays);
    }

    /** How sure this shape is that it describes the file; see the class comment for the scores. */
    public Detection detect(String fileName, String head) {
        JsonHead shape = JsonHead.of(head);
        if (shape.root() == JsonHead.Root.ARRAY) {
            return test.test(shape, JsonHead.ROOT_ARRAY)
                    ? Detection.yes(90, "JSON array of " + recordsNamed.apply(shape.keysAt(JsonHead.ROOT_ARRAY)))
                    : none(shape);
        }
        if (shape.root() != JsonHead.Root.OBJECT) {
            return none(shape);
        }
        for (Rule rule : rules) {
            Detection detection = rule.apply(fileName, shape);
            if (detection != null) {
                return detection;
            }
        }
        if (test.test(shape, JsonHead.ROOT_OBJECT)) {
            Set<String> keys = shape.rootKeys();
            return shape.hasSeveralValues()
                    ? Detection.yes(90, "NDJSON of " + recordsNamed.apply(keys))
                    : Detection.yes(80, bareNamed.apply(keys));
        }
        return none(shape);
    }

    private Rule enveloped(String key, String reason) {
        return (fileName, head) -> holds(head, key) ? Detection.yes(100, reason) : null;
    }

    /**
     * Whether the object's {@code key} holds this shape's records. Not when the object has an {@code id} of its own: it
     * is then a record that carries others (a PagerDuty incident exported with its {@code log_entries}), and no
     * envelope, which only pages or wraps its records.
     */
    private boolean holds(JsonHead head, String key) {
        return head.rootKeys().contains(key) && !head.rootKeys().contains(EnvelopeKeys.OWN_ID) && test.test(head, key);
    }

    private Detection none(JsonHead shape) {
        return new Detection(0, "no " + records + " in it (" + shape.describe() + ")");
    }

    private JsonShape with(Rule rule, Set<String> lists, Set<String> singles) {
        List<Rule> moreRules = new ArrayList<>(rules);
        moreRules.add(rule);
        Set<String> moreLists = new HashSet<>(listKeys);
        moreLists.addAll(lists);
        Set<String> moreSingles = new HashSet<>(singleKeys);
        moreSingles.addAll(singles);
        return new JsonShape(records, recordsNamed, bareNamed, test, moreRules, moreLists, moreSingles, envelopesInArrays);
    }
}
