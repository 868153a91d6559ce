package dev.opshistory.analytics.warehouse;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.opshistory.analytics.warehouse.WarehouseFixtures.alertCreatedAt;
import static dev.opshistory.analytics.warehouse.WarehouseFixtures.bareAlert;
import static org.assertj.core.api.Assertions.assertThat;

class EventMonthBucketAssignerTest {

    private final EventMonthBucketAssigner assigner = new EventMonthBucketAssigner();

    @Test
    void bucketIsTheUtcMonthOfCreation() {
        // 23:30 on 31 January in UTC is already February east of UTC: the bucket must not follow the JVM zone.
        var event = alertCreatedAt("a", Instant.parse("2024-01-31T23:30:00Z"));

        assertThat(assigner.getBucketId(event, null)).isEqualTo("2024-01");
    }

    @Test
    void eventWithoutCreationTimeGoesToTheUndatedBucket() {
        assertThat(assigner.getBucketId(bareAlert("a"), null)).isEqualTo(EventMonthBucketAssigner.UNDATED);
    }

    @Test
    void bucketIdsSurviveTheCheckpointSerializer() throws Exception {
        var serializer = assigner.getSerializer();

        byte[] bytes = serializer.serialize("2024-03");

        assertThat(serializer.deserialize(serializer.getVersion(), bytes)).isEqualTo("2024-03");
    }
}
