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

/**
 * Runs the pure classifiers on the labelled evaluation set ({@code sample-data/eval/}, described in its README)
 * and prints precision, recall and F1 per class, macro-F1, accuracy and the confusion matrix, for the
 * {@code tune} and {@code holdout} splits apart. Misclassified items are listed for {@code tune} only: the
 * holdout is reported, never used to change rules.
 */
public final class Evaluation {

    /** The actionability classes the macro-F1 is taken over. */
    public static final List<String> ACTIONABILITY_CLASSES = List.of(
            Actionability.ACTIONABLE.name(), Actionability.NON_ACTIONABLE.name(), Actionability.FALSE_POSITIVE.name());
    /** All 11 root-cause categories. */
    public static final List<String> ROOT_CAUSE_CLASSES = Arrays.stream(RootCause.values()).map(Enum::name).toList();

    private final ActionabilityClassifier actionability;
    private final RootCauseClassifier rootCause;

    public Evaluation(RuleSettings settings, RootCauseClassifier rootCause) {
        this.actionability = new ActionabilityClassifier(settings);
        this.rootCause = rootCause;
    }

    /** With the shipped default rules. */
    public static EvaluationResult run(Path evalDir, PrintStream out) {
        return new Evaluation(RuleSettings.defaults(), new RootCauseClassifier()).evaluate(evalDir, out);
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
                String markdown = Files.readString(evalDir.resolve(label.path("file").asText()), StandardCharsets.UTF_8);
                RootCauseVerdict v = rootCause.classify(EvalTexts.toEvent(id, markdown));
                String evidence = v.evidence().isEmpty() ? "no evidence" : v.evidenceText();
                textOutcomes.add(new Labelled(label.path("split").asText(), new ClassReport.Outcome(id,
                        label.path("root_cause").asText(), v.rootCause().name(),
                        String.format(Locale.ROOT, "confidence %.2f; %s; scores %s", v.confidence(), evidence, v.scores()))));
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

    /** {@code Evaluation [eval-dir]}; the folder defaults to {@code sample-data/eval}. */
    public static void main(String[] args) {
        run(Path.of(args.length > 0 ? args[0] : "sample-data/eval"), System.out);
    }

    private record Labelled(String split, ClassReport.Outcome outcome) {
    }

    private static List<ClassReport.Outcome> of(List<Labelled> all, String split) {
        return all.stream().filter(l -> l.split().equals(split)).map(Labelled::outcome).toList();
    }
}
