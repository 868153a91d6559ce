package dev.opshistory.analytics.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opshistory.analytics.rootcause.RootCauseClassifier;
import dev.opshistory.analytics.rootcause.RootCauseVerdict;
import dev.opshistory.analytics.rules.ActionabilityClassifier;
import dev.opshistory.analytics.rules.ActionabilityVerdict;
import dev.opshistory.analytics.rules.RuleSettings;
import dev.opshistory.model.Actionability;
import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.RootCause;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the pure classifiers on the labelled evaluation set ({@code sample-data/eval/}, described in its README)
 * and prints precision, recall and F1 per class, macro-F1, accuracy and the confusion matrix, for the
 * {@code tune} and {@code holdout} splits apart. Misclassified items are listed for {@code tune} only: the
 * holdout is reported, never used to change rules.
 *
 * <p>Texts are read by a {@link TextReader}: the application gives the ingest postmortem parser, so that what
 * is measured is what a user's postmortem goes through, detection included.
 */
public final class Evaluation {

    /** Turns one evaluation text into the event the product would classify. */
    @FunctionalInterface
    public interface TextReader {

        /**
         * The POSTMORTEM event of a text, or empty when the product would not read the file as a postmortem
         * (the text then counts as classified UNKNOWN: no cause reaches the report).
         *
         * @param fileName the text's file name, as the product sees it
         * @param format   the parser to use, as {@code inspect --format} forces it, or null to detect it as
         *                 {@code ingest} does
         */
        Optional<CanonicalEvent> read(String fileName, String text, String format) throws IOException;
    }

    /** The actionability classes the macro-F1 is taken over. */
    public static final List<String> ACTIONABILITY_CLASSES = List.of(
            Actionability.ACTIONABLE.name(), Actionability.NON_ACTIONABLE.name(), Actionability.FALSE_POSITIVE.name());
    /** All 11 root-cause categories. */
    public static final List<String> ROOT_CAUSE_CLASSES = Arrays.stream(RootCause.values()).map(Enum::name).toList();

    private final ActionabilityClassifier actionability;
    private final RootCauseClassifier rootCause;
    private final TextReader texts;

    public Evaluation(RuleSettings settings, RootCauseClassifier rootCause, TextReader texts) {
        this.actionability = new ActionabilityClassifier(settings);
        this.rootCause = rootCause;
        this.texts = texts;
    }

    /** With the shipped default rules. */
    public static EvaluationResult run(Path evalDir, TextReader texts, PrintStream out) {
        return new Evaluation(RuleSettings.defaults(), new RootCauseClassifier(), texts).evaluate(evalDir, out);
    }

    /**
     * Evaluates and prints.
     *
     * @throws UncheckedIOException when a file of the set cannot be read
     * @throws IllegalArgumentException when a label names an item that is not in the data
     */
    public EvaluationResult evaluate(Path evalDir, PrintStream out) {
        ObjectMapper json = new ObjectMapper();
        try {
            Map<String, CanonicalEvent> alerts = EvalAlerts.read(evalDir, json);
            List<Labelled> alertOutcomes = new ArrayList<>();
            for (JsonNode label : json.readTree(evalDir.resolve("alerts.labels.json").toFile()).path("alerts")) {
                String id = label.path("id").asText();
                CanonicalEvent event = alerts.get(id);
                if (event == null) {
                    throw new IllegalArgumentException("alerts.labels.json names " + id + ", which is in no alert file");
                }
                ActionabilityVerdict v = actionability.classify(event);
                alertOutcomes.add(new Labelled(label.path("split").asText(), new ClassReport.Outcome(
                        event.source().id() + " " + event.sourceNumber(), label.path("actionability").asText(),
                        v.actionability().name(), v.reason())));
            }
            List<Labelled> textOutcomes = new ArrayList<>();
            for (JsonNode label : json.readTree(evalDir.resolve("texts.labels.json").toFile()).path("texts")) {
                String id = label.path("id").asText();
                Path file = evalDir.resolve(label.path("file").asText());
                Optional<CanonicalEvent> event = texts.read(file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.UTF_8), label.hasNonNull("format") ? label.get("format").asText() : null);
                textOutcomes.add(new Labelled(label.path("split").asText(), event.isEmpty()
                        ? new ClassReport.Outcome(id, label.path("root_cause").asText(), RootCause.UNKNOWN.name(),
                                "not read as a postmortem")
                        : outcome(id, label.path("root_cause").asText(), rootCause.classify(event.get()))));
            }
            EvaluationResult result = new EvaluationResult(
                    ClassReport.of("tune", ACTIONABILITY_CLASSES, of(alertOutcomes, "tune")),
                    ClassReport.of("holdout", ACTIONABILITY_CLASSES, of(alertOutcomes, "holdout")),
                    ClassReport.of("tune", ROOT_CAUSE_CLASSES, of(textOutcomes, "tune")),
                    ClassReport.of("holdout", ROOT_CAUSE_CLASSES, of(textOutcomes, "holdout")));
            out.println("opshistory evaluation on " + evalDir);
            ReportPrinter.print("actionability", result.actionabilityTune(), true, out);
            ReportPrinter.print("actionability", result.actionabilityHoldout(), false, out);
            ReportPrinter.print("root cause", result.rootCauseTune(), true, out);
            ReportPrinter.print("root cause", result.rootCauseHoldout(), false, out);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the evaluation set in " + evalDir, e);
        }
    }

    private static ClassReport.Outcome outcome(String id, String truth, RootCauseVerdict v) {
        String evidence = v.evidence().isEmpty() ? "no evidence" : v.evidenceText();
        return new ClassReport.Outcome(id, truth, v.rootCause().name(),
                String.format(Locale.ROOT, "confidence %.2f; %s; scores %s", v.confidence(), evidence, v.scores()));
    }

    private record Labelled(String split, ClassReport.Outcome outcome) {
    }

    private static List<ClassReport.Outcome> of(List<Labelled> all, String split) {
        return all.stream().filter(l -> l.split().equals(split)).map(Labelled::outcome).toList();
    }
}
