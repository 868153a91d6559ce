package dev.opshistory.analytics.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class Utf8StringSerializerTest {

    private final Utf8StringSerializer serializer = Utf8StringSerializer.INSTANCE;

    @Test
    void nullEmptyAsciiAndOtherScriptsComeBackUnchanged() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        String[] values = {null, "", "disk full on db-7", "Zoë — 東京 🔥", "\u0000 control\tchars\n"};
        for (String value : values) {
            serializer.serialize(value, out);
        }
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());

        for (String value : values) {
            assertThat(serializer.deserialize(in)).isEqualTo(value);
        }
        assertThat(in.available()).isZero();
    }

    @Test
    void aStringIsWrittenAsItsLengthAndUtf8Bytes() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);

        serializer.serialize("é", out);

        assertThat(out.getCopyOfBuffer()).containsExactly(0, 0, 0, 2, 0xC3, 0xA9);
    }

    @Test
    void aRestoredSnapshotGivesTheSameSerializer() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());

        TypeSerializerSnapshot<String> restored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());

        assertThat(restored.restoreSerializer()).isSameAs(serializer);
        TypeSerializerSchemaCompatibility<String> compatibility =
                serializer.snapshotConfiguration().resolveSchemaCompatibility(restored);
        assertThat(compatibility.isCompatibleAsIs()).isTrue();
    }
}
