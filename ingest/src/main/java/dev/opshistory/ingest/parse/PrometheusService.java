package dev.opshistory.ingest.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The service a Prometheus alert is about, from its labels: {@code service}, else {@code job}. Except where that
 * names the exporter or prober that collected the metric rather than what it watches: kube-prometheus' Kubernetes
 * alerts carry {@code job="kube-state-metrics"} (and {@code service="…-kube-state-metrics"}), whatever deployment
 * they are about; then the workload the alert names ({@code deployment}, {@code statefulset}, {@code daemonset},
 * {@code cronjob}, {@code container}) is the service. With no workload label (a host's disk, a probed URL) the
 * exporter stays the service: it still groups the rule's alerts across hosts, and the host is in the title.
 */
final class PrometheusService {

    /** The names exporters and probers are deployed under: "kube-state-metrics", "node-exporter", "blackbox". */
    private static final Pattern EXPORTER = Pattern.compile("(?i).*(?:kube-state-metrics|exporter|blackbox|cadvisor"
            + "|kubelet|probe).*");
    /** Labels naming the workload an alert is about, the most specific first. */
    private static final List<String> WORKLOADS = List.of("deployment", "statefulset", "daemonset", "cronjob", "container");

    /** Every label {@link #of} may read. */
    static final List<String> LABELS = List.of("service", "job", "deployment", "statefulset", "daemonset", "cronjob",
            "container");

    private PrometheusService() {
    }

    /** The label that names the service, or null when none does. */
    static String labelOf(Map<String, String> labels) {
        String named = nonBlank(labels.get("service")) ? "service" : nonBlank(labels.get("job")) ? "job" : null;
        if (named != null && EXPORTER.matcher(labels.get(named)).matches()) {
            for (String workload : WORKLOADS) {
                String value = labels.get(workload);
                if (nonBlank(value) && !EXPORTER.matcher(value).matches()) {
                    return workload;
                }
            }
        }
        return named;
    }

    /** The service an alert with these labels is about, or null. */
    static String of(Map<String, String> labels) {
        String label = labelOf(labels);
        return label == null ? null : labels.get(label);
    }

    private static boolean nonBlank(String value) {
        return value != null && !value.isBlank();
    }
}
