package dev.opshistory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.model.Topics;
import dev.opshistory.testkit.DedicatedBroker;
import dev.opshistory.testkit.KafkaBroker;
import dev.opshistory.testkit.KafkaBrokerExtension;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Topics on a broker of its own, so that {@link KafkaTopics#ensure} creates them. */
@ExtendWith(KafkaBrokerExtension.class)
@DedicatedBroker
class KafkaTopicsTest {

    @Test
    void everyPartitionOfTheNewTopicsIsServedByItsLeaderOnceEnsureReturns(KafkaBroker broker) throws Exception {
        List<String> topics = new ArrayList<>(Topics.INPUT_TOPICS);
        topics.add(Topics.REJECTS);
        topics.add(Topics.CLASSIFIED);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                AdminClientConfig.RETRIES_CONFIG, 0))) {
            assertThat(admin.listTopics().names().get(20, TimeUnit.SECONDS)).doesNotContainAnyElementsOf(topics);

            KafkaTopics.ensure(broker.bootstrapServers());

            // Asked once, without retries: a leader that does not serve yet answers NOT_LEADER_OR_FOLLOWER.
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            for (String topic : topics) {
                for (int p = 0; p < KafkaTopics.PARTITIONS; p++) {
                    partitions.put(new TopicPartition(topic, p), OffsetSpec.latest());
                }
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(partitions).all().get(20, TimeUnit.SECONDS);

            assertThat(ends).hasSize(topics.size() * KafkaTopics.PARTITIONS)
                    .allSatisfy((partition, end) -> assertThat(end.offset()).isNotNegative());
        }
    }
}
