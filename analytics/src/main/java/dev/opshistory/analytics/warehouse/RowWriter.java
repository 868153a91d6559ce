package dev.opshistory.analytics.warehouse;

import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.Type;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes the fields of one Parquet group (a row, or a struct inside a list) by column name, in the types
 * that the schema declares. A null value writes nothing, which Parquet reads back as null; a null for a
 * {@code required} column is refused, because Parquet would otherwise write a file it cannot read back.
 * A name that is not in the schema fails at once rather than writing a shifted column.
 */
final class RowWriter {

    /** The UTF-8 names of each enum's constants, by ordinal, encoded once rather than once per row. */
    private static final ClassValue<Binary[]> ENUM_NAMES = new ClassValue<>() {
        @Override
        protected Binary[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            Binary[] names = new Binary[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = Binary.fromConstantByteArray(((Enum<?>) constants[i]).name().getBytes(StandardCharsets.UTF_8));
            }
            return names;
        }
    };

    private final RecordConsumer consumer;
    private final GroupType group;

    RowWriter(RecordConsumer consumer, GroupType group) {
        this.consumer = consumer;
        this.group = group;
    }

    /** A UTF-8 string into a BINARY (STRING) column. */
    RowWriter string(String column, String value) {
        if (isNull(column, value)) {
            return this;
        }
        return binary(column, Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8)));
    }

    /** An enum constant's name into a BINARY (STRING) column. */
    RowWriter name(String column, Enum<?> value) {
        if (isNull(column, value)) {
            return this;
        }
        return binary(column, ENUM_NAMES.get(value.getDeclaringClass())[value.ordinal()]);
    }

    /**
     * A value that Parquet hashes (for the dictionary), compares (for statistics) and copies out as bytes: over a
     * byte array each of these is a plain loop, where {@link Binary#fromString} wraps a ByteBuffer.
     */
    private RowWriter binary(String column, Binary value) {
        int index = startField(column);
        consumer.addBinary(value);
        return endField(column, index);
    }

    /** An INT32 column. */
    RowWriter int32(String column, Integer value) {
        if (isNull(column, value)) {
            return this;
        }
        int index = startField(column);
        consumer.addInteger(value);
        return endField(column, index);
    }

    /** An INT64 column. */
    RowWriter int64(String column, Long value) {
        if (isNull(column, value)) {
            return this;
        }
        int index = startField(column);
        consumer.addLong(value);
        return endField(column, index);
    }

    /** A BOOLEAN column. */
    RowWriter bool(String column, Boolean value) {
        if (isNull(column, value)) {
            return this;
        }
        int index = startField(column);
        consumer.addBoolean(value);
        return endField(column, index);
    }

    /** A DOUBLE column. */
    RowWriter float64(String column, Double value) {
        if (isNull(column, value)) {
            return this;
        }
        int index = startField(column);
        consumer.addDouble(value);
        return endField(column, index);
    }

    /** An INT64 TIMESTAMP(MICROS, UTC) column: microseconds since the epoch; sub-microsecond digits are cut. */
    RowWriter timestamp(String column, Instant value) {
        return int64(column, value == null ? null : ChronoUnit.MICROS.between(Instant.EPOCH, value));
    }

    /** A standard 3-level LIST of strings; an empty list stays an empty list, null elements stay null. */
    RowWriter stringList(String column, List<String> values) {
        return list(column, values, (value, element) -> element.string("element", value));
    }

    /**
     * A standard 3-level LIST whose elements are groups: {@code writeElement} fills each element's fields
     * through a writer scoped to the element's group.
     */
    <E> RowWriter groupList(String column, List<E> values, BiConsumer<E, RowWriter> writeElement) {
        GroupType elementGroup = listEntry(column).getType("element").asGroupType();
        return list(column, values, (value, entry) -> {
            if (value == null) {
                return;
            }
            int index = entry.startField("element");
            consumer.startGroup();
            writeElement.accept(value, new RowWriter(consumer, elementGroup));
            consumer.endGroup();
            entry.endField("element", index);
        });
    }

    /** Writes {@code column (LIST) { repeated group list { element } }}; {@code writeEntry} fills one entry. */
    private <E> RowWriter list(String column, List<E> values, BiConsumer<E, RowWriter> writeEntry) {
        if (isNull(column, values)) {
            return this;
        }
        RowWriter entry = new RowWriter(consumer, listEntry(column));
        int index = startField(column);
        consumer.startGroup();
        // An empty list is the LIST group with no repeated "list" field at all.
        if (!values.isEmpty()) {
            consumer.startField("list", 0);
            for (E value : values) {
                consumer.startGroup();
                writeEntry.accept(value, entry);
                consumer.endGroup();
            }
            consumer.endField("list", 0);
        }
        consumer.endGroup();
        return endField(column, index);
    }

    private GroupType listEntry(String column) {
        return group.getType(column).asGroupType().getType("list").asGroupType();
    }

    private boolean isNull(String column, Object value) {
        if (value != null) {
            return false;
        }
        if (group.getType(column).isRepetition(Type.Repetition.REQUIRED)) {
            throw new IllegalArgumentException("required column " + column + " is null");
        }
        return true;
    }

    private int startField(String column) {
        int index = group.getFieldIndex(column);
        consumer.startField(column, index);
        return index;
    }

    private RowWriter endField(String column, int index) {
        consumer.endField(column, index);
        return this;
    }
}
