package dev.opshistory.analytics.job;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.dag.Pipeline;
import org.apache.flink.client.deployment.executors.LocalExecutor;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.PipelineExecutor;
import org.apache.flink.core.execution.PipelineExecutorFactory;
import org.apache.flink.core.execution.PipelineExecutorServiceLoader;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The MiniCluster one job runs on inside this JVM, started and stopped by Flink's local executor as a local
 * environment's are, except that nothing ends before the cluster has shut down: not {@link #execute}, and not the
 * JVM when a signal (Ctrl-C, SIGTERM) stops it during the job, which is then cancelled first.
 *
 * <p>Flink deletes its temporary files in {@code java.io.tmpdir}, the extracted RPC jar (21 MB) and the cluster's
 * {@code minicluster_*} working folder, only as the cluster shuts down. The local executor starts that shutdown
 * when the job ends and does not wait for it, so a JVM exiting right after the job, or stopped during it, left
 * both behind, once per run.
 */
final class LocalCluster {

    /** How long each step of a stop may take: the job's submission, its cancellation, the cluster's shutdown. */
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

    private final Object lock = new Object();
    private MiniCluster cluster;
    private CompletableFuture<JobClient> submission;
    private boolean stopping;

    /** An environment with the given configuration whose job runs on this cluster; for one {@link #execute}. */
    StreamExecutionEnvironment environment(Configuration configuration) {
        Configuration local = new Configuration(configuration);
        local.set(DeploymentOptions.TARGET, LocalExecutor.NAME);
        local.set(DeploymentOptions.ATTACHED, true); // what a local environment sets: execute waits for the job
        return new StreamExecutionEnvironment(new ExecutorLoader(), local, LocalCluster.class.getClassLoader());
    }

    /**
     * {@code env.execute(jobName)}, returning or throwing what it does once the cluster has shut down.
     *
     * @param env an environment from {@link #environment}
     */
    JobExecutionResult execute(StreamExecutionEnvironment env, String jobName) throws Exception {
        Thread hook = new Thread(this::stop, "opshistory-flink-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return env.execute(jobName);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook has started: it stops the cluster, and this thread waits for that below
            }
            awaitShutdown();
        }
    }

    /** Starts the cluster and submits the job; the lock keeps a stopping JVM from missing a cluster that starts. */
    private CompletableFuture<JobClient> submit(Pipeline pipeline, Configuration configuration,
            ClassLoader classLoader) throws Exception {
        synchronized (lock) {
            if (stopping) {
                throw new IllegalStateException("the JVM is shutting down: the Flink job is not started");
            }
            submission = LocalExecutor.createWithFactory(configuration, this::create)
                    .execute(pipeline, configuration, classLoader);
            return submission;
        }
    }

    private MiniCluster create(MiniClusterConfiguration configuration) {
        cluster = new MiniCluster(configuration); // under the lock, by submit
        return cluster;
    }

    /** The shutdown hook: cancels the job, then waits until the cluster has shut down. */
    private void stop() {
        CompletableFuture<JobClient> submitted;
        synchronized (lock) {
            stopping = true;
            submitted = submission;
        }
        if (submitted == null) {
            return; // no cluster started, and none will
        }
        try {
            submitted.get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .cancel().get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the job was not submitted or has ended already: the cluster is shut down all the same
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitShutdown();
    }

    /** Shuts the cluster down, or joins the shutdown under way (after the job the executor starts one), and waits. */
    private void awaitShutdown() {
        MiniCluster started;
        synchronized (lock) {
            started = cluster;
        }
        if (started == null) {
            return;
        }
        try {
            started.closeAsync().get(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Flink logs a failed shutdown; the job's outcome stands, whatever is left in the temporary folder
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Flink's local executor, on a cluster this object holds; {@link #environment} names it in the target. */
    private final class ExecutorLoader implements PipelineExecutorServiceLoader, PipelineExecutorFactory {

        @Override
        public PipelineExecutorFactory getExecutorFactory(Configuration configuration) {
            return this;
        }

        @Override
        public Stream<String> getExecutorNames() {
            return Stream.of(LocalExecutor.NAME);
        }

        @Override
        public String getName() {
            return LocalExecutor.NAME;
        }

        @Override
        public boolean isCompatibleWith(Configuration configuration) {
            return LocalExecutor.NAME.equals(configuration.get(DeploymentOptions.TARGET));
        }

        @Override
        public PipelineExecutor getExecutor(Configuration configuration) {
            return LocalCluster.this::submit;
        }
    }
}
