package dev.opshistory.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opshistory.analytics.job.ClassifySettings;
import dev.opshistory.cluster.ComposeFile.Service;
import dev.opshistory.testkit.KafkaBrokerExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml and the one-shot's image, checked without a Docker engine: the services exist, every image
 * is pinned to the versions of the pom, the volumes are shared where Flink needs them, and the job jar's
 * defaults name the services, so {@code flink run} inside that setup needs no flag.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("opshistory.root", "..")).toAbsolutePath().normalize();
    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)");

    private static ComposeFile compose;
    private static Properties versions;
    private static String dockerfile;

    @BeforeAll
    static void load() throws IOException {
        compose = ComposeFile.load(ROOT.resolve("docker-compose.yml"));
        versions = new Properties();
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/versions.properties")) {
            versions.load(in);
        }
        dockerfile = Files.readString(ROOT.resolve(dockerfilePath()));
    }

    @Test
    void definesTheBrokerAJobManagerTaskManagersAndTheOneShot() {
        assertThat(compose.services()).containsKeys("kafka", "jobmanager", "taskmanager", "opshistory");
        assertThat(compose.service("jobmanager").get("command")).isEqualTo("jobmanager");
        assertThat(compose.service("taskmanager").get("command")).isEqualTo("taskmanager");
        assertThat(compose.service("taskmanager").replicas()).isGreaterThanOrEqualTo(1);
        Service oneShot = compose.service("opshistory");
        assertThat(oneShot.built()).isTrue();
        assertThat(oneShot.get("restart")).isEqualTo("no");
        assertThat(oneShot.env("BOOTSTRAP_SERVERS")).isEqualTo(internalKafkaAddress());
        assertThat(oneShot.env("FLINK_JOBMANAGER")).isEqualTo("jobmanager:8081");
    }

    @Test
    void everyImageIsPinnedToAVersion() {
        for (Service service : compose.all()) {
            assertThat(service.image().isPresent() || service.built())
                    .as("service %s has an image or a build", service.name()).isTrue();
            service.image().ifPresent(image -> assertPinned(image, "service " + service.name()));
        }
        assertThat(fromImages()).isNotEmpty().allSatisfy(image -> assertPinned(image, dockerfilePath()));
    }

    @Test
    void kafkaImagesMatchTheKafkaClientVersion() {
        String expected = "apache/kafka:" + versions.getProperty("kafka.version");
        assertThat(compose.service("kafka").image()).contains(expected);
        assertThat(compose.all()).filteredOn(s -> s.image().orElse("").startsWith("apache/kafka:"))
                .allSatisfy(s -> assertThat(s.image()).contains(expected));
        // the broker that the tests run against where Docker exists
        assertThat(KafkaBrokerExtension.KAFKA_IMAGE).isEqualTo(expected);
    }

    @Test
    void flinkImagesMatchTheFlinkVersionOnJava17() {
        String expected = "flink:" + versions.getProperty("flink.version") + "-java17";
        assertThat(compose.service("jobmanager").image()).contains(expected);
        assertThat(compose.service("taskmanager").image()).contains(expected);
        assertThat(compose.all()).filteredOn(s -> s.image().orElse("").startsWith("flink:"))
                .allSatisfy(s -> assertThat(s.image()).contains(expected));
        // the one-shot's `flink run` is the cluster's own client
        List<String> from = fromImages();
        assertThat(from.get(from.size() - 1)).isEqualTo(expected);
    }

    @Test
    void kafkaAnswersOtherContainersAndTheHostOnSeparateListeners() {
        Map<String, String> advertised = advertisedListeners();
        assertThat(advertised).containsEntry("EXTERNAL", "localhost:29092");
        assertThat(compose.service("kafka").ports()).contains("29092:29092");
        assertThat(internalKafkaAddress()).isEqualTo("kafka:9092");
        assertThat(compose.service("jobmanager").ports()).contains("8081:8081");
        assertThat(compose.service("taskmanager").ports()).as("scaled TaskManagers publish no ports").isEmpty();
    }

    @Test
    void theOutputVolumeIsMountedAtOnePathInTheJobManagerTaskManagersAndOneShot() {
        String mountPath = ClassifyJobFlags.DEFAULT_WAREHOUSE.substring(0, ClassifyJobFlags.DEFAULT_WAREHOUSE.lastIndexOf('/'));
        for (String name : List.of("jobmanager", "taskmanager", "opshistory")) {
            assertThat(compose.service(name).mounts()).as(name).containsEntry(mountPath, "opshistory-out");
        }
        assertThat(compose.namedVolumes()).containsKey("opshistory-out");
        assertThat(compose.service("opshistory").env("OUT_DIR")).isEqualTo(mountPath);
    }

    @Test
    void checkpointsGoToAVolumeTheJobManagerAndTaskManagersShare() {
        Map<String, String> jm = compose.service("jobmanager").flinkProperties();
        assertThat(compose.service("taskmanager").flinkProperties()).isEqualTo(jm);
        String dir = jm.get("execution.checkpointing.dir");
        assertThat(dir).startsWith("file:///");
        String path = dir.substring("file://".length());
        String mountPath = compose.service("jobmanager").mounts().keySet().stream()
                .filter(p -> path.equals(p) || path.startsWith(p + "/"))
                .findFirst().orElseThrow(() -> new AssertionError(path + " is on no volume of the JobManager"));
        String volume = compose.service("jobmanager").mounts().get(mountPath);
        assertThat(compose.namedVolumes()).containsKey(volume);
        assertThat(compose.service("taskmanager").mounts()).containsEntry(mountPath, volume);
    }

    @Test
    void jobFlagDefaultsNameTheComposeServices() {
        ClassifySettings defaults = ClassifyJobFlags.parse().settings();
        assertThat(defaults.bootstrapServers()).isEqualTo(internalKafkaAddress());
        assertThat(compose.services()).containsKey(defaults.bootstrapServers().split(":")[0]);
        assertThat(defaults.warehouseDir())
                .isEqualTo(compose.service("opshistory").env("OUT_DIR") + "/warehouse");
        Service taskmanagers = compose.service("taskmanager");
        int slots = Integer.parseInt(taskmanagers.flinkProperties().get("taskmanager.numberOfTaskSlots"));
        assertThat(defaults.parallelism()).isEqualTo(taskmanagers.replicas() * slots)
                .isEqualTo(Integer.parseInt(compose.service("opshistory").env("PARALLELISM")));
    }

    @Test
    void theOneShotImageHoldsTheJobJarAndSubmitsItAttached() throws IOException {
        assertThat(dockerfile).contains("cluster-job/target/" + versions.getProperty("job.jar"));
        String script = Files.readString(ROOT.resolve("deploy/opshistory/run-on-cluster.sh"));
        Matcher run = Pattern.compile("flink run ([^\\n]*)").matcher(script);
        assertThat(run.find()).as("the script calls flink run").isTrue();
        // without -d the client waits for the bounded job, so the report sees a finished warehouse
        assertThat(Arrays.asList(run.group(1).split("\\s+"))).doesNotContain("-d", "--detached");
        assertThat(script.indexOf("opshistory ingest")).isLessThan(run.start());
        assertThat(script.indexOf("opshistory report")).isGreaterThan(run.start());
    }

    private static void assertPinned(String image, String where) {
        int slash = image.lastIndexOf('/');
        int colon = image.indexOf(':', slash + 1);
        assertThat(colon).as("%s: %s has a tag", where, image).isPositive();
        String tag = image.substring(colon + 1);
        assertThat(tag).as("%s: %s", where, image).isNotEqualTo("latest").containsPattern("^\\d+\\.\\d+\\.\\d+");
    }

    private static Map<String, String> advertisedListeners() {
        String listeners = compose.service("kafka").env("KAFKA_ADVERTISED_LISTENERS");
        return Arrays.stream(listeners.split(","))
                .map(l -> l.split("://", 2))
                .collect(Collectors.toMap(l -> l[0], l -> l[1]));
    }

    /** The address the broker advertises on the listener that brokers and containers share. */
    private static String internalKafkaAddress() {
        return advertisedListeners().get(compose.service("kafka").env("KAFKA_INTER_BROKER_LISTENER_NAME"));
    }

    private static String dockerfilePath() {
        Object build = compose.service("opshistory").get("build");
        return (String) ((Map<?, ?>) build).get("dockerfile");
    }

    private static List<String> fromImages() {
        Matcher m = FROM.matcher(dockerfile);
        List<String> images = new ArrayList<>();
        while (m.find()) {
            images.add(m.group(1));
        }
        return images;
    }
}
