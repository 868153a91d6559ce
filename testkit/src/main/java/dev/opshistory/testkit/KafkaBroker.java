package dev.opshistory.testkit;

/** A running Kafka broker given to a test by {@link KafkaBrokerExtension}. */
public interface KafkaBroker extends AutoCloseable {

    /** {@code host:port} for Kafka clients. */
    String bootstrapServers();

    /** {@code embedded} or {@code container}: which variant is running. */
    String variant();

    @Override
    void close();
}
