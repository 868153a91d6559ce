package dev.opshistory.ingest;

import dev.opshistory.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates the pipeline's topics on a broker when they are missing. */
public final class KafkaTopics {

    /** Topics of the pipeline, created with this many partitions (the job's default parallelism reads them). */
    public static final int PARTITIONS = 2;

    private KafkaTopics() {
    }

    /**
     * Ensures every topic of the pipeline exists.
     *
     * @throws IllegalStateException when the broker cannot be reached within the timeout
     */
    public static void ensure(String bootstrapServers) {
        List<String> names = new ArrayList<>(Topics.INPUT_TOPICS);
        names.add(Topics.REJECTS);
        names.add(Topics.CLASSIFIED);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000))) {
            Set<String> existing = admin.listTopics().names().get(20, TimeUnit.SECONDS);
            List<NewTopic> missing = names.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, PARTITIONS, (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(20, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot reach Kafka at " + bootstrapServers + ": "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
