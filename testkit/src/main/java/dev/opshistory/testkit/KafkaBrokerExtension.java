package dev.opshistory.testkit;

import dev.opshistory.broker.EmbeddedKafkaBroker;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Gives tests a real Kafka broker: a Testcontainers {@code apache/kafka} container where a Docker engine
 * exists, the in-process {@link EmbeddedKafkaBroker} otherwise, so the same tests run everywhere. One broker
 * serves the whole test run (started on first use, stopped when JUnit finishes).
 *
 * <p>Use it with {@code @ExtendWith(KafkaBrokerExtension.class)} and a {@link KafkaBroker} parameter, or
 * call {@link #broker(ExtensionContext)}; a class that must not share its topics is marked {@link DedicatedBroker}.
 * Set the system property {@code opshistory.test.broker} to
 * {@code embedded} or {@code container} to force a variant.
 */
public final class KafkaBrokerExtension implements BeforeAllCallback, ParameterResolver {

    /** The image of the container variant; its version matches our Kafka clients. */
    public static final String KAFKA_IMAGE = "apache/kafka:4.2.1";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);
    /*
     * Two keys, because a context's store also answers with its ancestors' values: under one key, a class
     * asking for its own broker after another class had started the shared one got the shared one.
     */
    private static final String SHARED_KEY = "shared-broker";
    private static final String DEDICATED_KEY = "class-broker";

    @Override
    public void beforeAll(ExtensionContext context) {
        broker(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return broker(context);
    }

    /**
     * The broker of this test run, started on first call; for a class marked {@link DedicatedBroker}, that
     * class's own broker, stopped when the class is done.
     */
    public static KafkaBroker broker(ExtensionContext context) {
        boolean dedicated = context.getTestClass().map(c -> c.isAnnotationPresent(DedicatedBroker.class)).orElse(false);
        return dedicated ? brokerOf(classContext(context), DEDICATED_KEY) : sharedBroker(context);
    }

    /** The broker shared by the test run, started on first call. */
    static KafkaBroker sharedBroker(ExtensionContext context) {
        return brokerOf(context.getRoot(), SHARED_KEY);
    }

    private static KafkaBroker brokerOf(ExtensionContext owner, String key) {
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> startBroker(), KafkaBroker.class);
    }

    /** The context of the test class, whose store is closed (and its broker stopped) after the class. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static KafkaBroker startBroker() {
        String forced = System.getProperty("opshistory.test.broker", "");
        boolean container = forced.equals("container") || (forced.isEmpty() && dockerAvailable());
        return container ? new ContainerBroker() : new EmbeddedBroker();
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static final class EmbeddedBroker implements KafkaBroker {
        private final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();

        @Override
        public String bootstrapServers() {
            return broker.bootstrapServers();
        }

        @Override
        public String variant() {
            return "embedded";
        }

        @Override
        public void close() {
            broker.close();
        }
    }

    private static final class ContainerBroker implements KafkaBroker {
        private final KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);

        ContainerBroker() {
            container.start();
        }

        @Override
        public String bootstrapServers() {
            return container.getBootstrapServers();
        }

        @Override
        public String variant() {
            return "container";
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
