package dev.opshistory.analytics.rootcause;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AlertNameWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HostOutOfMemory | Host Out Of Memory",
            "PostgresqlTooManyConnections | Postgresql Too Many Connections",
            "SSLCertExpiringSoon | SSL Cert Expiring Soon",
            "HostDiskWillFillIn24Hours | Host Disk Will Fill In 24 Hours",
            "[FIRING:2] KubePodCrashLooping (payments) | [FIRING:2] Kube Pod Crash Looping (payments)",
            "alertname=NodeFilesystemSpaceFillingUp, HostHighCpuLoad | alertname=Node Filesystem Space Filling Up, Host High Cpu Load"})
    void aCamelCaseAlertNameIsReadAsItsWords(String title, String words) {
        assertThat(AlertNameWords.spelledOut(title)).isEqualTo(words);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GitHub Actions outage", "PostgreSQL replica lag", "DevOps on-call", "Disk usage high on db-01",
            "TargetDown", "iPhone app errors", "ÄÖÜ", ""})
    void brandsPlainTitlesAndTwoWordNamesStayAsTheyAre(String title) {
        assertThat(AlertNameWords.spelledOut(title)).isEqualTo(title);
    }
}
