package dev.opshistory.analytics.overrides;

import dev.opshistory.model.Actionability;
import dev.opshistory.model.ClassifiedEvent;
import dev.opshistory.model.RootCause;
import dev.opshistory.model.Severity;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A reviewer's corrections (DESIGN.md §4): a CSV with the header {@code event_id,field,value,note}, one
 * correction per line, applied after every rule so that a person has the last word. Overridden events are
 * marked ({@code overridden}); an overridden root cause counts as human-written. Pure and serializable.
 */
public final class Overrides implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] HEADER = {"event_id", "field", "value", "note"};

    private final Map<String, List<Override>> byEvent;

    private Overrides(Map<String, List<Override>> byEvent) {
        this.byEvent = byEvent;
    }

    /** No corrections. */
    public static Overrides none() {
        return new Overrides(Map.of());
    }

    /**
     * Reads and validates an overrides file.
     *
     * @throws IllegalArgumentException naming the file, line and problem, for a bad header, field or value
     */
    public static Overrides load(Path file) {
        Map<String, List<Override>> byEvent = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            if (!header.containsAll(List.of("event_id", "field", "value"))) {
                throw new IllegalArgumentException(file + ": the header must be " + String.join(",", HEADER)
                        + " (found " + String.join(",", header) + ")");
            }
            for (CSVRecord record : parser) {
                Override o = parse(file, record, header);
                byEvent.computeIfAbsent(o.eventId(), k -> new ArrayList<>()).add(o);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the overrides file: " + e.getMessage(), e);
        }
        return new Overrides(Map.copyOf(byEvent));
    }

    private static Override parse(Path file, CSVRecord record, List<String> header) {
        String where = file + " line " + record.getParser().getCurrentLineNumber();
        String eventId = cell(record, header, "event_id");
        String column = cell(record, header, "field");
        String rawValue = cell(record, header, "value");
        if (eventId.isEmpty()) {
            throw new IllegalArgumentException(where + ": event_id is empty");
        }
        OverrideField field = OverrideField.ofColumn(column).orElseThrow(() -> new IllegalArgumentException(
                where + ": unknown field '" + column + "' (known: " + OverrideField.columns() + ")"));
        String value = field.normalise(rawValue).orElseThrow(() -> new IllegalArgumentException(
                where + ": '" + rawValue + "' is not a value of " + field.column() + " (" + field.allowedValues() + ")"));
        String note = header.contains("note") ? cell(record, header, "note") : "";
        return new Override(eventId, field, value, note.isEmpty() ? null : note);
    }

    private static String cell(CSVRecord record, List<String> header, String name) {
        int index = header.indexOf(name);
        return index < record.size() ? record.get(index).strip() : "";
    }

    /** How many corrections the file holds. */
    public int size() {
        return byEvent.values().stream().mapToInt(List::size).sum();
    }

    /** The event with every correction for its id applied, in file order; unchanged when there is none. */
    public ClassifiedEvent apply(ClassifiedEvent e) {
        List<Override> corrections = byEvent.get(e.event().eventId());
        if (corrections == null) {
            return e;
        }
        Actionability actionability = e.actionability();
        String actionabilityReason = e.actionabilityReason();
        Severity severity = e.severity();
        RootCause rootCause = e.rootCause();
        String rootCauseSource = e.rootCauseSource();
        String rootCauseEvidence = e.rootCauseEvidence();
        double confidence = e.rootCauseConfidence();
        boolean repeated = e.repeated();
        boolean flapping = e.flapping();
        boolean significant = e.significant();
        String duplicateOf = e.duplicateOf();
        for (Override o : corrections) {
            String because = o.note() == null ? "set by a reviewer" : o.note();
            switch (o.field()) {
                case ACTIONABILITY -> {
                    actionability = Actionability.valueOf(o.value());
                    actionabilityReason = "OVERRIDE: " + because;
                }
                case SEVERITY -> severity = Severity.valueOf(o.value());
                case ROOT_CAUSE -> {
                    rootCause = RootCause.valueOf(o.value());
                    rootCauseSource = "human";
                    rootCauseEvidence = "override: " + because;
                    confidence = 1.0;
                }
                case REPEATED -> repeated = Boolean.parseBoolean(o.value());
                case FLAPPING -> flapping = Boolean.parseBoolean(o.value());
                case SIGNIFICANT -> significant = Boolean.parseBoolean(o.value());
                case DUPLICATE_OF -> duplicateOf = o.value().isEmpty() ? null : o.value();
            }
        }
        return new ClassifiedEvent(e.event(), e.fingerprint(), severity, e.sourceSeverity(), actionability,
                actionabilityReason, repeated, flapping, duplicateOf, rootCause, rootCauseSource, rootCauseEvidence,
                confidence, e.incidentRef(), e.secondsToAck(), e.secondsToResolve(), e.hourBand(), significant, true);
    }
}
