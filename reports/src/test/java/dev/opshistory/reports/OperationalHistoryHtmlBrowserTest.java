package dev.opshistory.reports;

import static dev.opshistory.reports.WarehouseFixture.Event.alert;
import static dev.opshistory.reports.WarehouseFixture.Event.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.opshistory.reports.WarehouseFixture.Event;
import dev.opshistory.reports.figures.NoisyFingerprint;
import dev.opshistory.reports.figures.ResponseBand;
import dev.opshistory.reports.figures.SeverityBucket;
import dev.opshistory.reports.figures.Trend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The produced {@code operational-history.html} opened in Debian's headless Chromium through Selenium: it renders
 * without console errors, fetches nothing, runs no script (not even the one in a hostile alert title), and every
 * chart draws one element per non-zero value of its data. A full-page screenshot is kept as the build artifact
 * {@code reports/target/screenshots/operational-history.png}.
 *
 * <p>Uses {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs); Selenium Manager is never asked for a driver, so
 * nothing is downloaded. Skipped, not failed, on a machine without them.
 *
 * <p>The fixture: two ISO weeks of March 2026 (UTC), and one alert two weeks before, so that the data reaches back
 * a whole period and the trend compares with the previous two weeks.
 * <pre>
 *  alert  created (UTC)      sev   class           service  fingerprint
 *  B0     Mon 02-16 00:00    SEV3  ACTIONABLE      api      api:errors     previous period's first instant, sleep
 *  B1     Mon 03-02 09:00    SEV1  ACTIONABLE      api      api:errors     ack 3, resolve 25 min, DEPLOYED_DEFECT
 *  B2     Mon 03-02 10:00    SEV3  NON_ACTIONABLE  api      api:cpu        resolve 4 min
 *  B3     Tue 03-03 23:30    SEV3  NON_ACTIONABLE  api      api:cpu        resolve 6 min (sleep hours)
 *  B4     Wed 03-04 14:00    SEV4  FALSE_POSITIVE  web      hostile title  low urgency
 *  B5     Mon 03-09 09:00    SEV2  ACTIONABLE      db       db:down        ack 10, resolve 240 min, CAPACITY
 *  B6     Sat 03-14 03:00    SEV3  UNKNOWN         db       db:down        (sleep hours, weekend)
 *  I1     Mon 03-09 09:05    SEV2  incident        db
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationalHistoryHtmlBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String HOSTILE_TITLE = "<script>console.error('injected')</script> | **x**";

    ReportData data;
    ChromeDriver driver;

    @BeforeAll
    void reportAndOpenInChromium(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        Path runDir = dir.resolve("run");
        WarehouseFixture.writeEvents(runDir.resolve("warehouse/events/2026-03/part-0.parquet"), List.of(
                page(alert("pagerduty:ALERT:B0", "2026-02-16T00:00:00Z", "SEV3", "ACTIONABLE", "api", "API errors")
                        .fingerprint("api:errors")),
                page(alert("pagerduty:ALERT:B1", "2026-03-02T09:00:00Z", "SEV1", "ACTIONABLE", "api", "API errors")
                        .fingerprint("api:errors").minutesToAckAndResolve(3, 25)
                        .with("root_cause", "DEPLOYED_DEFECT").with("root_cause_source", "inferred")),
                page(alert("pagerduty:ALERT:B2", "2026-03-02T10:00:00Z", "SEV3", "NON_ACTIONABLE", "api", "CPU high")
                        .fingerprint("api:cpu").minutesToAckAndResolve(null, 4)),
                page(alert("pagerduty:ALERT:B3", "2026-03-03T23:30:00Z", "SEV3", "NON_ACTIONABLE", "api", "CPU high")
                        .fingerprint("api:cpu").minutesToAckAndResolve(null, 6)),
                alert("pagerduty:ALERT:B4", "2026-03-04T14:00:00Z", "SEV4", "FALSE_POSITIVE", "web", HOSTILE_TITLE)
                        .with("urgency", "low").with("queue", "web-policy").with("team", "web"),
                page(alert("pagerduty:ALERT:B5", "2026-03-09T09:00:00Z", "SEV2", "ACTIONABLE", "db", "DB down")
                        .fingerprint("db:down").minutesToAckAndResolve(10, 240)
                        .with("root_cause", "CAPACITY_PERFORMANCE").with("root_cause_source", "inferred")),
                page(alert("pagerduty:ALERT:B6", "2026-03-14T03:00:00Z", "SEV3", "UNKNOWN", "db", "DB down")
                        .fingerprint("db:down")),
                incident("pagerduty:INCIDENT:I1", "2026-03-09T09:05:00Z", "SEV2", "db", "Database outage")
                        .with("significant", true)));
        ReportRequest request = new ReportRequest(runDir, dir.resolve("out"), "Browser check", ZoneId.of("UTC"),
                Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-15T23:59:59.999999Z"));
        ReportGenerator generator = new ReportGenerator();
        ReportResult result = generator.generate(request);
        data = generator.collect(request);

        // Point Selenium at Debian's driver: with a driver given, Selenium Manager is not run, so nothing is fetched.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        driver = new ChromeDriver(service, options);
        driver.get(result.html().toUri().toString());
    }

    @AfterAll
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void rendersWithoutConsoleErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).isEmpty();
        assertThat(driver.getTitle()).isEqualTo("Browser check");
    }

    @Test
    void makesNoRequestOfItsOwnAndRunsNoScript() {
        // Resource timing lists every fetch the page made (styles, images, fonts, scripts); the page itself is not one.
        assertThat(js("return performance.getEntriesByType('resource').length")).isEqualTo(0L);
        assertThat(js("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content"))
                .asString().contains("default-src 'none'");
        // The hostile title is text: no script element exists and the title reads as written.
        assertThat(js("return document.scripts.length")).isEqualTo(0L);
        assertThat(js("return document.body.innerText")).asString().contains(HOSTILE_TITLE);
    }

    @Test
    void eachChartDrawsOneElementPerNonZeroValue() {
        // Bars: one per non-zero value (a zero stacks to nothing). Pies: one slice per class or category with
        // alerts. Heat map: every band x weekday cell, zero ones white.
        long severityBars = data.series().stream().map(SeverityBucket::counts)
                .flatMap(c -> c.byName().values().stream()).filter(v -> v > 0).count();
        long noisyBars = data.noisiestFingerprints().stream()
                .flatMapToLong((NoisyFingerprint n) -> LongStream.of(n.nonActionable() + n.falsePositive(),
                        n.alerts() - n.nonActionable() - n.falsePositive())).filter(v -> v > 0).count();
        long responseBars = data.responseDistribution().stream()
                .flatMapToLong((ResponseBand b) -> LongStream.of(b.acknowledged(), b.resolved()))
                .filter(v -> v > 0).count();
        Trend trend = data.trend();
        long trendBars = Stream.of(trend.earlier(), trend.later())
                .flatMapToLong(w -> LongStream.of(w.alerts(), w.pages(), w.nonActionable(), w.sleepPages(),
                        w.incidents())).filter(v -> v > 0).count();
        Map<String, Long> expected = Map.of(
                "severity-volume", severityBars,
                "actionability", data.actionability().stream().filter(a -> a.alerts() > 0).count(),
                "noisy-fingerprints", noisyBars,
                "root-causes", data.rootCauses().stream().filter(r -> r.alerts() > 0).count(),
                "response-distribution", responseBars,
                "pages-heatmap", (long) data.pages().heatMap().size(),
                "trend", trendBars);
        // By hand: weeks of 03-02 (SEV1 1, SEV3 2, SEV4 1) and 03-09 (SEV2 1, SEV3 1) = 5 bars; 4 classes with
        // alerts; fingerprints that alerted more than once in the period: api:cpu (2 non-actionable, 0 other) and
        // db:down (0 non-actionable, 2 other) = 2 bars; DEPLOYED_DEFECT, CAPACITY_PERFORMANCE and UNKNOWN =
        // 3 slices; 3 bands x 7 days = 21 cells; the previous two weeks (B0: 1 alert, 1 page, 1 sleep page) and
        // the period (6 alerts, 5 pages, 3 non-actionable, 2 sleep pages, 1 incident) = 8 bars.
        assertThat(expected).containsEntry("severity-volume", 5L).containsEntry("actionability", 4L)
                .containsEntry("noisy-fingerprints", 2L).containsEntry("root-causes", 3L)
                .containsEntry("pages-heatmap", 21L).containsEntry("trend", 8L);
        assertThat(trend.mode()).isEqualTo(Trend.Mode.PREVIOUS_PERIOD);
        expected.forEach((chart, count) -> assertThat(drawnItems(chart)).as(chart).isEqualTo(count));
    }

    @Test
    void keepsAFullPageScreenshot() throws IOException {
        long height = (Long) js("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 20_000)));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path folder = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve("operational-history.png"), png);
        // A PNG's signature.
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    /** The chart's item groups that drew something with an area on the page. */
    private long drawnItems(String chart) {
        return (Long) js("""
                const svg = document.getElementById('chart-' + arguments[0]);
                if (!svg) { return -1; }
                return Array.from(svg.querySelectorAll('g.chart-item')).filter(g => {
                    const box = g.getBBox();
                    return g.children.length > 0 && box.width > 0 && box.height > 0;
                }).length;
                """, chart);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static Event page(Event event) {
        return event.with("urgency", "high").with("queue", "core-policy").with("team", "platform");
    }
}
