package dev.opshistory.ingest;

import dev.opshistory.model.Topics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.ClientDnsLookup;
import org.apache.kafka.clients.ClientUtils;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;

/** Creates the pipeline's topics on a broker when they are missing. */
public final class KafkaTopics {

    /** Topics of the pipeline, created with this many partitions (the job's default parallelism reads them). */
    public static final int PARTITIONS = 2;

    private static final int PROBE_TIMEOUT_MILLIS = 5_000;

    private KafkaTopics() {
    }

    /** The broker did not answer: nothing was sent. Callers tell a user's wrong address from their own fault. */
    public static final class UnreachableException extends IllegalStateException {

        UnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Ensures every topic of the pipeline exists and every partition's leader serves it.
     *
     * @throws UnreachableException when the broker cannot be reached within the timeout
     */
    public static void ensure(String bootstrapServers) {
        List<String> names = new ArrayList<>(Topics.INPUT_TOPICS);
        names.add(Topics.REJECTS);
        names.add(Topics.CLASSIFIED);
        probe(bootstrapServers);
        try (Admin admin = admin(bootstrapServers)) {
            Set<String> existing;
            try {
                existing = admin.listTopics().names().get(20, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new UnreachableException("cannot reach Kafka at " + bootstrapServers + ": " + reason(e), e);
            }
            List<NewTopic> missing = names.stream()
                    .filter(name -> !existing.contains(name))
                    .map(name -> new NewTopic(name, PARTITIONS, (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(20, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    throw new IllegalStateException("cannot create the topics on Kafka at " + bootstrapServers + ": "
                            + reason(e), e);
                }
            }
            awaitLeaders(admin, names, bootstrapServers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /**
     * Returns once the leader of every partition of the topics answers for it. A broker publishes a new topic's
     * leader in its metadata before it acts as that leader, so a producer sending at once gets "not the leader" for
     * its first batch while a later batch is already taken: the idempotent producer then retries a sequence the
     * partition has passed until its delivery timeout (seen as OUT_OF_ORDER_SEQUENCE_NUMBER on a freshly started
     * broker). Asking each leader for its end offset, again while it answers that it does not host the partition yet
     * (a retriable error, which the admin client hands back rather than retrying: CI saw it on a broker started a
     * second before), until the leader serves.
     */
    private static void awaitLeaders(Admin admin, List<String> topics, String bootstrapServers)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
                admin.describeTopics(topics).allTopicNames().get(20, TimeUnit.SECONDS).values().forEach(topic ->
                        topic.partitions().forEach(p ->
                                partitions.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
                admin.listOffsets(partitions).all().get(20, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                boolean retriable = e.getCause() instanceof org.apache.kafka.common.errors.RetriableException;
                if (!retriable || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the topics on Kafka at " + bootstrapServers
                            + " have no serving leader: " + reason(e), e);
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * Reports a broker that is not there at once: the admin client would retry a refused connection until
     * its timeout. Something that accepts connections but is not Kafka is left to the client's timeout.
     */
    private static void probe(String bootstrapServers) {
        List<InetSocketAddress> addresses;
        try {
            addresses = ClientUtils.parseAndValidateAddresses(List.of(bootstrapServers.split(",")),
                    ClientDnsLookup.USE_ALL_DNS_IPS);
        } catch (KafkaException e) {
            throw new UnreachableException("cannot reach Kafka at " + bootstrapServers + ": " + e.getMessage(), e);
        }
        IOException refused = null;
        for (InetSocketAddress address : addresses) {
            try (Socket socket = new Socket()) {
                socket.connect(address, PROBE_TIMEOUT_MILLIS);
                return;
            } catch (IOException e) {
                refused = e;
            }
        }
        throw new UnreachableException("cannot reach Kafka at " + bootstrapServers + ": "
                + (refused == null ? "no address" : refused.getMessage()), refused);
    }

    private static Admin admin(String bootstrapServers) {
        try {
            return Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000,
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000));
        } catch (KafkaException e) {
            // An address that does not parse or resolve: the client refuses it before connecting.
            throw new UnreachableException("cannot reach Kafka at " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }

    private static String reason(Exception e) {
        return e.getCause() == null || e.getCause().getMessage() == null ? String.valueOf(e.getMessage())
                : e.getCause().getMessage();
    }
}
