package dev.opshistory.app.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The messages put on the {@code opshistory.*} topics after a point in time, as text (key and value). The
 * topics are shared by every test class of the module's JVM, so a test records the end offsets before its run
 * ({@link #endOffsets}) and reads from there ({@link #since}).
 */
final class TopicMessages {

    private static final String PREFIX = "opshistory.";

    private final List<String> messages;

    private TopicMessages(List<String> messages) {
        this.messages = messages;
    }

    List<String> all() {
        return messages;
    }

    /** The current end offset of every partition of every {@code opshistory.*} topic. */
    static Map<TopicPartition, Long> endOffsets(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> topics = admin.listTopics().names().get().stream().filter(t -> t.startsWith(PREFIX))
                    .collect(Collectors.toSet());
            if (topics.isEmpty()) {
                return Map.of();
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription d : admin.describeTopics(topics).allTopicNames().get().values()) {
                d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> offsets.put(tp, info.offset()));
            return offsets;
        }
    }

    /** Every message on an {@code opshistory.*} topic after {@code start} (partitions not in it: from 0). */
    static TopicMessages since(String bootstrapServers, Map<TopicPartition, Long> start) throws Exception {
        Map<TopicPartition, Long> end = endOffsets(bootstrapServers);
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        List<String> messages = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = end.keySet().stream()
                    .filter(tp -> end.get(tp) > start.getOrDefault(tp, 0L)).toList();
            if (partitions.isEmpty()) {
                return new TopicMessages(messages);
            }
            consumer.assign(partitions);
            partitions.forEach(tp -> consumer.seek(tp, start.getOrDefault(tp, 0L)));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read the topics to their end within 60 s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    messages.add(r.topic() + " " + text(r.key()) + " " + text(r.value()));
                }
            }
        }
        return new TopicMessages(messages);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
