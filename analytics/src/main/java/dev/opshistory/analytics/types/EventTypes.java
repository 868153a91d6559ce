package dev.opshistory.analytics.types;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.api.java.typeutils.NullableListTypeInfo;
import org.apache.flink.api.java.typeutils.PojoField;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;

/**
 * The Flink types of the records the job moves between operators: the types Flink derives for them, with every
 * string, at any depth (fields of nested records, elements of lists), serialized by
 * {@link Utf8StringSerializer}. Give these wherever a record crosses an exchange or a sort.
 */
public final class EventTypes {

    private EventTypes() {
    }

    /** Flink's type of {@code type} with its strings in UTF-8. */
    @SuppressWarnings("unchecked")
    public static <T> TypeInformation<T> of(Class<T> type) {
        return (TypeInformation<T>) withUtf8Strings(TypeInformation.of(type));
    }

    private static TypeInformation<?> withUtf8Strings(TypeInformation<?> type) {
        if (BasicTypeInfo.STRING_TYPE_INFO.equals(type)) {
            return Utf8StringTypeInfo.INSTANCE;
        }
        if (type instanceof PojoTypeInfo<?> pojo) {
            return pojoWithUtf8Strings(pojo);
        }
        if (type instanceof NullableListTypeInfo<?> list) {
            return new NullableListTypeInfo<>(withUtf8Strings(list.getElementTypeInfo()));
        }
        if (type instanceof ListTypeInfo<?> list) {
            return new ListTypeInfo<>(withUtf8Strings(list.getElementTypeInfo()));
        }
        return type;
    }

    private static <T> PojoTypeInfo<T> pojoWithUtf8Strings(PojoTypeInfo<T> pojo) {
        List<PojoField> fields = new ArrayList<>();
        for (int i = 0; i < pojo.getArity(); i++) {
            PojoField field = pojo.getPojoFieldAt(i);
            fields.add(new PojoField(field.getField(), withUtf8Strings(field.getTypeInformation())));
        }
        return new PojoTypeInfo<>(pojo.getTypeClass(), fields);
    }
}
