package dev.opshistory.app;

import dev.opshistory.analytics.evaluate.Evaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code opshistory evaluate}: the classifiers against the labelled evaluation set. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Runs the classification rules on a labelled evaluation set and prints precision, recall "
                + "and F1 per class, macro-F1, accuracy and the confusion matrix, for the tuning split and the "
                + "untouched holdout split apart. Texts are read by the ingest parsers, as a user's postmortems are."})
final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "sample-data/eval",
            description = "The evaluation set (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("evaluation set not found: " + dir);
        }
        Evaluation.run(dir, new IngestedTexts(), System.out);
        return 0;
    }
}
