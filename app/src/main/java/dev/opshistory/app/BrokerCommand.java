package dev.opshistory.app;

import dev.opshistory.broker.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code opshistory broker}: the embedded single-node Kafka broker on its own, until stopped, so the stages can
 * be run one by one on one machine ({@code ingest}, {@code classify}, {@code report} with
 * {@code --bootstrap-servers}).
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Runs the embedded single-node Kafka broker (KRaft) until stopped with Ctrl-C, printing its "
                + "address, so that ingest, classify and report can be run one by one.")
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "0", description = "Broker port on 127.0.0.1 (default: a free one).")
    int port;

    @Option(names = "--log-dir", paramLabel = "DIR",
            description = "Keep the broker's data here, across restarts (default: a temporary folder, deleted on stop).")
    Path logDir;

    @Override
    public Integer call() throws InterruptedException {
        EmbeddedKafkaBroker.Settings settings = logDir == null
                ? new EmbeddedKafkaBroker.Settings(EmbeddedKafkaBroker.Settings.temporary().logDir(), true, port, 0)
                : new EmbeddedKafkaBroker.Settings(logDir, false, port, 0);
        EmbeddedKafkaBroker broker;
        try {
            broker = EmbeddedKafkaBroker.start(settings);
        } catch (IllegalStateException e) {
            throw new UserInputException(e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }));
        System.out.println(broker.bootstrapServers());
        System.out.flush();
        stopped.await();
        return 0;
    }
}
