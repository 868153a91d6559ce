package dev.opshistory.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running inside this JVM, on
 * loopback. It is what {@code opshistory run} uses when no {@code --bootstrap-servers} is given, and what
 * tests use where no Docker engine exists.
 *
 * <p>Start with {@link #start()} for free ports and a temporary log directory that is deleted on
 * {@link #close()}, or with {@link #start(Settings)} to choose ports and a log directory that survives a
 * restart (the same directory is formatted once and reused).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** Where and how to run the broker. Port 0 means "pick a free one". */
    public record Settings(Path logDir, boolean deleteLogDirOnClose, int brokerPort, int controllerPort) {

        /** Free ports and a fresh temporary log directory, deleted on close. */
        public static Settings temporary() {
            try {
                return new Settings(Files.createTempDirectory("opshistory-kafka-"), true, 0, 0);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary directory for the embedded broker", e);
            }
        }
    }

    private static final String CLUSTER_ID = "b3BzaGlzdG9yeS1rYWZrYQ";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int DELETE_ATTEMPTS = 5;
    private static final long DELETE_PAUSE_MILLIS = 100;

    private final Settings settings;
    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Thread shutdownHook;

    private EmbeddedKafkaBroker(Settings settings, KafkaRaftServer server, String bootstrapServers) {
        this.settings = settings;
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker on free loopback ports with a temporary log directory; returns once it answers. */
    public static EmbeddedKafkaBroker start() {
        return start(Settings.temporary());
    }

    /**
     * Starts a broker and waits until an admin client gets an answer from it.
     *
     * @throws IllegalStateException when a requested port is taken (at once, naming the port) or the broker does
     *                               not answer within a minute
     */
    public static EmbeddedKafkaBroker start(Settings requested) {
        try {
            return startIn(requested);
        } catch (RuntimeException e) {
            // A broker that never ran leaves nothing behind either (Settings.temporary() made its folder already).
            if (requested.deleteLogDirOnClose()) {
                deleteRecursively(requested.logDir());
            }
            throw e;
        }
    }

    private static EmbeddedKafkaBroker startIn(Settings requested) {
        // Kafka finds a taken port only after ~20 s of startup, with stack traces in its log: check first.
        requireFree(requested.brokerPort());
        requireFree(requested.controllerPort());
        int[] free = freePorts(requested.brokerPort(), requested.controllerPort());
        Settings settings = new Settings(requested.logDir(), requested.deleteLogDirOnClose(),
                requested.brokerPort() == 0 ? free[0] : requested.brokerPort(),
                requested.controllerPort() == 0 ? free[1] : requested.controllerPort());
        Properties props = config(settings);
        format(settings, props);
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        String bootstrap = "127.0.0.1:" + settings.brokerPort();
        try {
            server.startup();
            awaitReady(bootstrap);
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw new IllegalStateException("the embedded Kafka broker did not start on " + bootstrap + ": "
                    + e.getMessage(), e);
        }
        return new EmbeddedKafkaBroker(settings, server, bootstrap);
    }

    /** {@code 127.0.0.1:<port>} of the PLAINTEXT listener. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The ports and log directory in use, to restart a broker in the same place. */
    public Settings settings() {
        return settings;
    }

    /**
     * Closes this broker also when the JVM is stopped by a signal (Ctrl-C, SIGTERM), which skips the caller's
     * {@code finally}: a temporary log directory holds every record ingested, gigabytes for a large history, and
     * must not be left in the temporary folder. {@link #close()} removes the hook.
     */
    public EmbeddedKafkaBroker closeOnShutdown() {
        Thread hook = new Thread(this::close, "opshistory-broker-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        shutdownHook = hook;
        return this;
    }

    /** Stops the broker and waits for it; deletes a temporary log directory. Only the first call does anything. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Thread hook = shutdownHook;
        if (hook != null && hook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook has started or will: this call does the work either way
            }
        }
        server.shutdown();
        server.awaitShutdown();
        if (settings.deleteLogDirOnClose()) {
            deleteRecursively(settings.logDir());
        }
    }

    private static Properties config(Settings s) {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + s.controllerPort()),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + s.brokerPort()
                        + ",CONTROLLER://127.0.0.1:" + s.controllerPort()),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + s.brokerPort()),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", s.logDir().toAbsolutePath().toString()),
                Map.entry("num.partitions", "2"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "4"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("auto.create.topics.enable", "false"),
                // Large exports carry 64 KB texts; leave headroom over the client default batch.
                Map.entry("message.max.bytes", "4194304")));
        return p;
    }

    private static void format(Settings s, Properties props) {
        try {
            Files.createDirectories(s.logDir());
            if (Files.exists(s.logDir().resolve("meta.properties"))) {
                return; // formatted by an earlier start: restart in place
            }
            Path configFile = Files.createTempFile("opshistory-kafka-", ".properties");
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int rc;
            try {
                try (Writer w = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
                    props.store(w, "embedded opshistory broker");
                }
                // execute(), not main(): main() exits the JVM.
                rc = StorageTool.execute(new String[] {"format", "--cluster-id", CLUSTER_ID,
                        "--config", configFile.toString(), "--ignore-formatted"},
                        new PrintStream(output, true, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(configFile);
            }
            if (rc != 0) {
                throw new IllegalStateException("formatting the embedded broker's log dir failed: "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded broker's log dir " + s.logDir(), e);
        }
    }

    private static void awaitReady(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (Admin admin = Admin.create(p)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("no answer within " + READY_TIMEOUT.toSeconds() + " s", e);
                    }
                }
                sleep(100);
            }
        }
    }

    /** Fails when something already listens on a port that was asked for (0, "any free port", always passes). */
    private static void requireFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Kafka binds: a port left in TIME_WAIT by a stopped broker is free
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is already in use, so the embedded "
                    + "Kafka broker cannot listen on it (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Two free loopback ports, different from each other and from the ports asked for (the {@code taken}). Both
     * sockets stay open until both are chosen: one closed before the next is opened may be handed out again, and
     * Kafka refuses two listeners on one port.
     */
    private static int[] freePorts(int... taken) {
        try (ServerSocket first = new ServerSocket(0, 0, InetAddress.getLoopbackAddress());
             ServerSocket second = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            int[] ports = {first.getLocalPort(), second.getLocalPort()};
            for (int port : ports) {
                for (int asked : taken) {
                    if (port == asked) {
                        return freePorts(taken); // an asked port released since its check: choose again
                    }
                }
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    /**
     * Deletes a folder and everything in it, best effort: a leftover temporary folder must not mask the run's
     * outcome. Kafka's last background writes (a checkpoint, a snapshot's temporary file) can land or vanish while
     * the tree is walked, which left the folder behind or failed the walk, so the walk is repeated until nothing
     * is left.
     */
    private static void deleteRecursively(Path dir) {
        for (int attempt = 0; attempt < DELETE_ATTEMPTS && Files.exists(dir); attempt++) {
            if (attempt > 0) {
                pause(DELETE_PAUSE_MILLIS);
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a file vanished under the walk: walk again
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
