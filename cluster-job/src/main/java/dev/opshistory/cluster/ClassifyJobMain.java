package dev.opshistory.cluster;

import dev.opshistory.analytics.job.ClassifyJob;
import picocli.CommandLine;

/**
 * Main class of the job jar: {@code flink run opshistory-cluster-job.jar [flags]} parses the flags
 * ({@link ClassifyJobFlags}) and runs {@link ClassifyJob}, the same job that {@code opshistory classify} runs
 * on a local MiniCluster. Under {@code flink run} the execution environment is the cluster's, so the operators
 * run on its TaskManagers; without {@code -d}, {@code flink run} returns when the bounded job has read the
 * topics to their end.
 */
public final class ClassifyJobMain {

    private ClassifyJobMain() {
    }

    /**
     * Runs the job and blocks until it ends. Failures are thrown, never turned into {@code System.exit}: the
     * Flink client prints them and exits non-zero itself, and a test calling this keeps its JVM.
     *
     * @throws CommandLine.ParameterException on an unknown flag or a value that does not parse (usage is printed first)
     */
    public static void main(String[] args) throws Exception {
        ClassifyJobFlags flags;
        try {
            flags = ClassifyJobFlags.parse(args);
        } catch (CommandLine.ParameterException e) {
            ClassifyJobFlags.usage(System.err);
            throw e;
        }
        if (flags.helpRequested()) {
            ClassifyJobFlags.usage(System.out);
            return;
        }
        ClassifyJob.execute(flags.settings());
    }
}
