package dev.opshistory.cluster;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as Compose reads it with no variable set: {@code ${VAR:-default}} gives its default.
 * Only the parts the tests look at: services with their image, environment, ports and volumes.
 */
final class ComposeFile {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?}");

    private final Map<String, Object> root;

    private ComposeFile(Map<String, Object> root) {
        this.root = root;
    }

    static ComposeFile load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return new ComposeFile(new Yaml().load(reader));
        }
    }

    Map<String, Object> services() {
        return map(root.get("services"));
    }

    Map<String, Object> namedVolumes() {
        return map(root.get("volumes"));
    }

    Service service(String name) {
        Object service = services().get(name);
        if (service == null) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return new Service(name, map(service));
    }

    List<Service> all() {
        return services().keySet().stream().map(this::service).toList();
    }

    /** What Compose substitutes when no variable is set: the default after {@code :-}, else nothing. */
    static String interpolate(String value) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) == null ? "" : m.group(1)));
        }
        m.appendTail(out);
        return out.toString().replace("$$", "$");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    /** One service of the file. */
    record Service(String name, Map<String, Object> definition) {

        Optional<String> image() {
            return Optional.ofNullable((String) definition.get("image"));
        }

        boolean built() {
            return definition.containsKey("build");
        }

        Object get(String key) {
            return definition.get(key);
        }

        /** The environment, in either of Compose's forms (a map, or a list of NAME=value), interpolated. */
        Map<String, String> environment() {
            Object env = definition.get("environment");
            Map<String, String> out = new LinkedHashMap<>();
            if (env instanceof Map<?, ?> m) {
                m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : interpolate(String.valueOf(v))));
            } else if (env instanceof List<?> list) {
                for (Object item : list) {
                    String[] kv = String.valueOf(item).split("=", 2);
                    out.put(kv[0], kv.length == 2 ? interpolate(kv[1]) : "");
                }
            }
            return out;
        }

        String env(String name) {
            String value = environment().get(name);
            if (value == null) {
                throw new AssertionError("service " + this.name + " has no environment variable " + name);
            }
            return value;
        }

        /**
         * {@code FLINK_PROPERTIES} as the Flink image's entrypoint reads it: one {@code key: value} per line,
         * split at the first colon.
         */
        Map<String, String> flinkProperties() {
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : env("FLINK_PROPERTIES").split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                int colon = line.indexOf(':');
                out.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            return out;
        }

        /** Short-syntax port mappings, "host:container". */
        List<String> ports() {
            Object ports = definition.get("ports");
            return ports == null ? List.of() : ((List<?>) ports).stream().map(String::valueOf).toList();
        }

        /** Volume source (a named volume or a host path) by mount path in the container. */
        Map<String, String> mounts() {
            Object volumes = definition.get("volumes");
            Map<String, String> out = new LinkedHashMap<>();
            if (volumes != null) {
                for (Object v : (List<?>) volumes) {
                    String[] parts = interpolate(String.valueOf(v)).split(":");
                    out.put(parts[1], parts[0]);
                }
            }
            return out;
        }

        int replicas() {
            Object deploy = definition.get("deploy");
            if (deploy instanceof Map<?, ?> d && d.get("replicas") != null) {
                return Integer.parseInt(String.valueOf(d.get("replicas")));
            }
            return 1;
        }
    }
}
