package dev.opshistory.analytics.types;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/** The type of strings serialized by {@link Utf8StringSerializer}. */
public final class Utf8StringTypeInfo extends TypeInformation<String> {

    private static final long serialVersionUID = 1L;

    public static final Utf8StringTypeInfo INSTANCE = new Utf8StringTypeInfo();

    private Utf8StringTypeInfo() {
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<String> getTypeClass() {
        return String.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<String> createSerializer(SerializerConfig config) {
        return Utf8StringSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "Utf8String";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Utf8StringTypeInfo;
    }

    @Override
    public int hashCode() {
        return Utf8StringTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object other) {
        return other instanceof Utf8StringTypeInfo;
    }
}
