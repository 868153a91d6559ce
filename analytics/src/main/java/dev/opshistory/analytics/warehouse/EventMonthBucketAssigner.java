package dev.opshistory.analytics.warehouse;

import dev.opshistory.model.ClassifiedEvent;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.streaming.api.functions.sink.filesystem.BucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.SimpleVersionedStringSerializer;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Buckets events by the UTC month of their {@code created_at}, as {@code yyyy-MM} (so
 * {@code warehouse/events/2024-03/part-…}); the event's own time, never the wall clock, so re-running an
 * export lands in the same folders. Events without a creation time go to {@value #UNDATED}.
 */
public final class EventMonthBucketAssigner implements BucketAssigner<ClassifiedEvent, String> {

    private static final long serialVersionUID = 1L;

    /** The bucket of events whose creation time is unknown. */
    public static final String UNDATED = "undated";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM").withZone(ZoneOffset.UTC);

    @Override
    public String getBucketId(ClassifiedEvent element, Context context) {
        var createdAt = element.event().createdAt();
        return createdAt == null ? UNDATED : MONTH.format(createdAt);
    }

    @Override
    public SimpleVersionedSerializer<String> getSerializer() {
        return SimpleVersionedStringSerializer.INSTANCE;
    }
}
