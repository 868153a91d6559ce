package dev.opshistory.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusServiceTest {

    @Test
    void theServiceLabelElseTheJob() {
        assertThat(PrometheusService.of(Map.of("service", "checkout", "job", "checkout-metrics"))).isEqualTo("checkout");
        assertThat(PrometheusService.of(Map.of("job", "payments", "instance", "10.0.0.4:8080"))).isEqualTo("payments");
        assertThat(PrometheusService.of(Map.of("service", " ", "job", "payments"))).isEqualTo("payments");
        assertThat(PrometheusService.of(Map.of("alertname", "Watchdog"))).isNull();
    }

    @Test
    void anExportersAlertIsAboutTheWorkloadItNames() {
        // kube-prometheus: KubeDeploymentReplicasMismatch, from kube-state-metrics, about a deployment
        assertThat(PrometheusService.labelOf(Map.of("job", "eric-pm-kube-state-metrics",
                "deployment", "eric-log-transformer", "namespace", "eric-eo-cm-ci406"))).isEqualTo("deployment");
        assertThat(PrometheusService.of(Map.of("service", "prometheus-kube-state-metrics", "job", "kube-state-metrics",
                "statefulset", "postgres", "namespace", "db"))).isEqualTo("postgres");
        // CPUThrottlingHigh, from the kubelet's cAdvisor, about a container
        assertThat(PrometheusService.of(Map.of("job", "kubelet", "container", "api", "pod", "api-7d9f-x2k"))).isEqualTo("api");
    }

    @Test
    void anExportersAlertWithNoWorkloadKeepsTheExporterAsItsService() {
        // a host's disk: node-exporter groups the rule's alerts across hosts; the host is in the title
        assertThat(PrometheusService.of(Map.of("job", "node-exporter", "instance", "db1:9100"))).isEqualTo("node-exporter");
        assertThat(PrometheusService.of(Map.of("job", "blackbox-icmp", "instance", "10.0.0.30"))).isEqualTo("blackbox-icmp");
        // the exporter's own container is no workload of the alert's
        assertThat(PrometheusService.of(Map.of("job", "node-exporter", "container", "node-exporter")))
                .isEqualTo("node-exporter");
    }

    @Test
    void aJobThatIsTheServiceItselfIsKeptEvenWithAWorkloadLabel() {
        assertThat(PrometheusService.of(Map.of("job", "orders", "deployment", "orders-worker"))).isEqualTo("orders");
    }
}
