package dev.opshistory.analytics.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 per class, macro-F1 and accuracy of one classifier on one split, with the
 * confusion matrix and the misclassified items.
 *
 * @param split     {@code tune} or {@code holdout}
 * @param classes   the classes scored (macro-F1 is their mean F1); predictions outside them count as misses
 * @param perClass  per scored class
 * @param macroF1   mean F1 over {@code classes}
 * @param accuracy  correct / all items
 * @param items     number of items
 * @param confusion truth → predicted → count (predicted may include classes outside {@code classes}, e.g. UNKNOWN)
 * @param misses    the misclassified items
 */
public record ClassReport(String split, List<String> classes, Map<String, ClassScore> perClass, double macroF1,
                         double accuracy, int items, Map<String, Map<String, Integer>> confusion, List<Miss> misses) {

    /**
     * @param support number of items whose truth is this class
     */
    public record ClassScore(double precision, double recall, double f1, int support) {
    }

    /** An item the classifier got wrong, with its reason or evidence. */
    public record Miss(String id, String truth, String predicted, String why) {
    }

    /** One prediction. */
    record Outcome(String id, String truth, String predicted, String why) {
    }

    static ClassReport of(String split, List<String> classes, List<Outcome> outcomes) {
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        List<Miss> misses = new ArrayList<>();
        int correct = 0;
        for (Outcome o : outcomes) {
            confusion.computeIfAbsent(o.truth(), t -> new LinkedHashMap<>()).merge(o.predicted(), 1, Integer::sum);
            if (o.truth().equals(o.predicted())) {
                correct++;
            } else {
                misses.add(new Miss(o.id(), o.truth(), o.predicted(), o.why()));
            }
        }
        Map<String, ClassScore> perClass = new LinkedHashMap<>();
        double f1Sum = 0;
        for (String c : classes) {
            int tp = 0;
            int predicted = 0;
            int actual = 0;
            for (Outcome o : outcomes) {
                boolean isTruth = o.truth().equals(c);
                boolean isPredicted = o.predicted().equals(c);
                tp += isTruth && isPredicted ? 1 : 0;
                predicted += isPredicted ? 1 : 0;
                actual += isTruth ? 1 : 0;
            }
            double precision = predicted == 0 ? 0 : (double) tp / predicted;
            double recall = actual == 0 ? 0 : (double) tp / actual;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.put(c, new ClassScore(precision, recall, f1, actual));
            f1Sum += f1;
        }
        double accuracy = outcomes.isEmpty() ? 0 : (double) correct / outcomes.size();
        return new ClassReport(split, List.copyOf(classes), perClass, classes.isEmpty() ? 0 : f1Sum / classes.size(),
                accuracy, outcomes.size(), confusion, misses);
    }

    /** The lowest recall over the scored classes that have items in this split. */
    public double minRecall() {
        return perClass.values().stream().filter(s -> s.support() > 0).mapToDouble(ClassScore::recall).min().orElse(0);
    }
}
