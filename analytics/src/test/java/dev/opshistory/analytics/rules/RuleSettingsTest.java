package dev.opshistory.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opshistory.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSettingsTest {

    @TempDir
    Path dir;

    private Path rulesFile(String yaml) throws IOException {
        return Files.writeString(dir.resolve("rules.yaml"), yaml);
    }

    @Test
    void defaultsAreTheThresholdsOfTheDesign() {
        RuleSettings rules = RuleSettings.defaults();

        assertThat(rules.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(rules.transientWindow()).isEqualTo(Duration.ofMinutes(10));
        assertThat(rules.repeatMinAlerts()).isEqualTo(3);
        assertThat(rules.repeatWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(rules.flappingMinCycles()).isEqualTo(3);
        assertThat(rules.flappingWindow()).isEqualTo(Duration.ofHours(1));
        assertThat(rules.duplicateWindow()).isEqualTo(Duration.ofMinutes(2));
        assertThat(rules.businessDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(rules.dayStartHour()).isEqualTo(8);
        assertThat(rules.businessEndHour()).isEqualTo(18);
        assertThat(rules.sleepStartHour()).isEqualTo(22);
        assertThat(rules.alertSeverities()).containsEntry("critical", Severity.SEV1).containsEntry("error", Severity.SEV2)
                .containsEntry("warning", Severity.SEV3).containsEntry("info", Severity.SEV5);
        assertThat(rules.urgencies()).containsEntry("high", Severity.SEV2).containsEntry("low", Severity.SEV4);
        assertThat(rules.falsePositivePhrases()).contains("false positive", "false alarm");
        assertThat(rules.falsePositiveVerdicts()).contains("not an issue", "noise", "test");
        assertThat(rules.systemActors()).contains("system", "api", "integration");
    }

    @Test
    void userFileChangesOnlyTheKeysItNames() throws IOException {
        RuleSettings rules = RuleSettings.load(rulesFile("""
                time_zone: Europe/Berlin
                actionability:
                  transient_minutes: 15
                """));

        assertThat(rules.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(rules.transientWindow()).isEqualTo(Duration.ofMinutes(15));
        assertThat(rules.staleAfter()).isEqualTo(RuleSettings.defaults().staleAfter());
        assertThat(rules.falsePositivePhrases()).isEqualTo(RuleSettings.defaults().falsePositivePhrases());
        assertThat(rules.repeatWindow()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void userListReplacesTheDefaultList() throws IOException {
        RuleSettings rules = RuleSettings.load(rulesFile("""
                actionability:
                  false_positive_verdicts: [Noise, "won't fix"]
                hour_bands:
                  business_days: [sunday, monday, tuesday, wednesday, thursday]
                """));

        assertThat(rules.falsePositiveVerdicts()).containsExactly("noise", "won't fix");
        assertThat(rules.businessDays()).contains(DayOfWeek.SUNDAY).doesNotContain(DayOfWeek.FRIDAY);
    }

    @Test
    void userSeverityMapAddsToTheDefaultMap() throws IOException {
        RuleSettings rules = RuleSettings.load(rulesFile("""
                severity:
                  priority_names:
                    Blocker: SEV1
                    medium: sev4
                """));

        assertThat(rules.priorityNames()).containsEntry("blocker", Severity.SEV1)
                .containsEntry("medium", Severity.SEV4)
                .containsEntry("highest", Severity.SEV1);
    }

    @Test
    void emptyUserFileGivesTheDefaults() throws IOException {
        assertThat(RuleSettings.load(rulesFile("# nothing to change\n"))).isEqualTo(RuleSettings.defaults());
    }

    @Test
    void misspelledKeyIsRejectedWithItsDottedPath() throws IOException {
        Path file = rulesFile("""
                actionability:
                  transient_minutez: 15
                """);

        assertThatThrownBy(() -> RuleSettings.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules.yaml: unknown key 'actionability.transient_minutez'");
    }

    @Test
    void unknownTopLevelKeyIsRejected() throws IOException {
        Path file = rulesFile("timezone: UTC\n");

        assertThatThrownBy(() -> RuleSettings.load(file)).hasMessage("rules.yaml: unknown key 'timezone'");
    }

    @Test
    void wordWhereANumberBelongsNamesTheKeyAndTheValue() throws IOException {
        Path file = rulesFile("""
                repeats:
                  min_alerts: three
                """);

        assertThatThrownBy(() -> RuleSettings.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rules.yaml: 'repeats.min_alerts' must be a positive whole number, got 'three'");
    }

    @Test
    void zeroWindowIsRejected() throws IOException {
        Path file = rulesFile("duplicates: {window_minutes: 0}\n");

        assertThatThrownBy(() -> RuleSettings.load(file)).hasMessageContaining("'duplicates.window_minutes'");
    }

    @Test
    void invalidStatementPatternIsRejectedNamingTheKey() throws IOException {
        Path file = rulesFile("actionability: {false_positive_statements: ['alert (was wrong']}\n");

        assertThatThrownBy(() -> RuleSettings.load(file))
                .hasMessageStartingWith("rules.yaml: 'actionability.false_positive_statements' holds an invalid"
                        + " regular expression 'alert (was wrong'");
    }

    @Test
    void defaultsShipFalsePositiveAndNoActionStatements() {
        RuleSettings defaults = RuleSettings.defaults();

        assertThat(defaults.falsePositiveStatements()).isNotEmpty();
        assertThat(defaults.noActionStatements()).isNotEmpty();
    }

    @Test
    void scalarWhereASectionBelongsIsRejected() throws IOException {
        Path file = rulesFile("flapping: 3\n");

        assertThatThrownBy(() -> RuleSettings.load(file))
                .hasMessage("rules.yaml: 'flapping' must be a mapping, got '3'");
    }

    @Test
    void unknownTimeZoneIsRejected() throws IOException {
        Path file = rulesFile("time_zone: Mars/Olympus\n");

        assertThatThrownBy(() -> RuleSettings.load(file)).hasMessageStartingWith("rules.yaml: 'time_zone' must be a time zone id");
    }

    @Test
    void severityOutsideSev1ToSev5IsRejected() throws IOException {
        Path file = rulesFile("""
                severity:
                  urgency:
                    high: SEV9
                """);

        assertThatThrownBy(() -> RuleSettings.load(file))
                .hasMessage("rules.yaml: 'severity.urgency.high' must be one of SEV1..SEV5, got 'SEV9'");
    }

    @Test
    void hourBandsOutOfOrderAreRejected() throws IOException {
        Path file = rulesFile("""
                hour_bands:
                  business_end_hour: 23
                """);

        assertThatThrownBy(() -> RuleSettings.load(file)).hasMessageContaining("day_start_hour < business_end_hour");
    }

    @Test
    void keyWrittenTwiceIsRejected() throws IOException {
        Path file = rulesFile("""
                repeats:
                  min_alerts: 3
                  min_alerts: 4
                """);

        assertThatThrownBy(() -> RuleSettings.load(file)).hasMessageStartingWith("rules.yaml: not valid YAML");
    }

    @Test
    void brokenYamlIsRejectedWithTheFileName() throws IOException {
        Path file = rulesFile("actionability: [transient_minutes: 10\n");

        assertThatThrownBy(() -> RuleSettings.load(file)).hasMessageStartingWith("rules.yaml: not valid YAML");
    }

    @Test
    void missingFileIsRejectedWithItsPath() {
        Path file = dir.resolve("absent.yaml");

        assertThatThrownBy(() -> RuleSettings.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("absent.yaml: cannot read the rules file");
    }

    @Test
    void withTimeZoneReplacesOnlyTheZone() {
        RuleSettings defaults = RuleSettings.defaults();
        RuleSettings tokyo = defaults.withTimeZone(ZoneId.of("Asia/Tokyo"));

        assertThat(tokyo.timeZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.withTimeZone(ZoneId.of("UTC"))).isEqualTo(defaults);
        assertThat(defaults.withTimeZone(null)).isSameAs(defaults);
    }

    @Test
    void settingsSurviveJavaSerializationAsFlinkShipsThem() throws Exception {
        RuleSettings rules = RuleSettings.defaults();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rules);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(rules);
        }
    }
}
