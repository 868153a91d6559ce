package dev.opshistory.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The one JSON form of our records, on Kafka and in {@code inspect}: snake_case names matching the
 * warehouse columns, ISO-8601 UTC instants, nulls left out.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // registered after the time module, so that it reads and writes instants first
            .addModule(new SimpleModule("common-instants")
                    .addDeserializer(Instant.class, new CommonInstantDeserializer())
                    .addSerializer(Instant.class, new CommonInstantSerializer()))
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private EventJson() {
    }

    /**
     * Reads instants in the spelling this mapper writes by hand ({@link IsoInstants}), every other form as the
     * time module does: every record read from Kafka carries several instants, and the formatter was the
     * dearest part of reading one.
     */
    private static final class CommonInstantDeserializer extends StdScalarDeserializer<Instant> {

        private static final long serialVersionUID = 1L;

        CommonInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                Instant common = IsoInstants.parseCommon(parser.getText().trim());
                if (common != null) {
                    return common;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
    }

    /**
     * Writes instants as the time module does with {@code WRITE_DATES_AS_TIMESTAMPS} off (ISO-8601 UTC,
     * {@link Instant#toString()}), but by hand ({@link IsoInstants#format}): the formatter was a good part of
     * writing an event, and ingest writes every event once.
     */
    private static final class CommonInstantSerializer extends StdScalarSerializer<Instant> {

        private static final long serialVersionUID = 1L;

        CommonInstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            char[] text = new char[IsoInstants.MAX_FORMATTED];
            generator.writeString(text, 0, IsoInstants.format(value, text));
        }
    }

    /** The shared, thread-safe mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The event's JSON in UTF-8: the bytes {@link #toBytes(Object)} gives, written by hand when every text is plain
     * ASCII ({@code CanonicalEventWriter}; ingest writes every event once).
     */
    public static byte[] toBytes(CanonicalEvent event) {
        try {
            byte[] bytes = CanonicalEventWriter.toBytes(event);
            return bytes != null ? bytes : MAPPER.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T fromBytes(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
