package dev.opshistory.analytics.rules;

import dev.opshistory.common.RecentResults;
import dev.opshistory.model.CanonicalEvent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fingerprint of an alert: {@code service + " | " + template of the title}, the key of repeats, flapping
 * and cross-source duplicates (DESIGN.md §4). The vendor dedup key is not used: in real exports it is often a
 * random id per alert.
 *
 * <p>The template is the title in lower case with what varies between firings of one alert replaced by a
 * placeholder, then whitespace collapsed and trailing punctuation dropped. Deterministic: the same title
 * always gives the same template. Only the first {@value #MAX_TITLE_CHARS} characters count. In order:
 * <ol>
 *   <li>a leading notification state is dropped: {@code [FIRING:2]}, {@code [Triggered on {host:web-1}]},
 *       {@code [Re-Triggered]}, {@code [Recovered]}, {@code ALARM:}, {@code ** PROBLEM}, so every notification of
 *       one monitor has one template;</li>
 *   <li>URLs → {@code <url>}, e-mail addresses → {@code <email>};</li>
 *   <li>a quoted value after a key ({@code path="/var/log"}, {@code job='api'}) → {@code key=<q>}; other quotes
 *       are removed and their text templated like the rest, because a quoted name such as a CloudWatch alarm
 *       name is what tells two alerts apart;</li>
 *   <li>timestamps and dates (ISO 8601, {@code 2024/01/31}, {@code 01/31/2024}, {@code Jan 31 2024},
 *       {@code 12:30:05}) → {@code <ts>};</li>
 *   <li>UUIDs → {@code <uuid>}; IPv4 (with port or prefix length) and IPv6 → {@code <ip>};</li>
 *   <li>host names: FQDNs with a well-known or internal suffix ({@code db-01.prod.example.com},
 *       {@code ip-10-0-1-23.ec2.internal}, {@code api.svc.cluster.local}), AWS {@code ip-10-0-1-23}, Kubernetes
 *       pod names ({@code checkout-7d9f8b6c5-x2vqj} → {@code checkout-<pod>}) and the value of a host-like key
 *       ({@code host:web-01}, {@code instance=...}, {@code pod:...}) → {@code <host>};</li>
 *   <li>percentages → {@code <pct>}; sizes ({@code 512MB}, {@code 2 GiB}) → {@code <size>}; durations
 *       ({@code 5m}, {@code 300ms}, {@code 2h}, {@code 1h30m}, {@code 10 minutes}) → {@code <dur>};</li>
 *   <li>hex strings of 7+ characters with a digit, and {@code 0x…} → {@code <hex>}; ids mixing letters and
 *       digits (5+ characters, not a word followed by a number) → {@code <id>};</li>
 *   <li>every other number → {@code <n>}, also inside names ({@code web01} → {@code web<n>},
 *       {@code host-123} → {@code host-<n>}); but tokens whose digits are part of the meaning are kept:
 *       {@code 5xx}, {@code 4xx}, {@code p99}, {@code http2}, {@code ipv6}, {@code s3}, {@code ec2}, {@code k8s},
 *       {@code oauth2}, {@code sha256}, {@code x86_64}, {@code utf-8}, {@code base64}, {@code i18n}, {@code l7};</li>
 *   <li>a list of one placeholder ({@code <ip>, <ip> and <ip>}) → that placeholder once.</li>
 * </ol>
 * Examples:
 * <pre>
 * [FIRING:3] High CPU on ip-10-0-1-23.ec2.internal at 93.5%   → high cpu on &lt;host&gt; at &lt;pct&gt;
 * Disk usage on host-123 above 90% for 5m                     → disk usage on host-&lt;n&gt; above &lt;pct&gt; for &lt;dur&gt;
 * [Triggered on {host:web-01}] p99 latency &gt; 300ms on checkout → p99 latency &gt; &lt;dur&gt; on checkout
 * ALARM: "checkout-5xx-high" in EU (Ireland)                  → checkout-5xx-high in eu (ireland)
 * Job 8f14e45f-ceea-467f-a5c7-1e3b2d0c9a1b failed at 2024-03-01T10:00:00Z → job &lt;uuid&gt; failed at &lt;ts&gt;
 * </pre>
 */
public final class FingerprintTemplater implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Only this many leading characters of a title are templated: what identifies an alert comes first, and it
     * bounds the work on pathological titles (exports may carry titles of up to 64 KB).
     */
    public static final int MAX_TITLE_CHARS = 1024;
    /** Separates the service from the title template in a fingerprint. */
    public static final String SEPARATOR = " | ";
    /** Service part of a fingerprint when the event names no service. */
    public static final String NO_SERVICE = "(no service)";
    /** How many recent titles keep their template at hand. */
    static final int RECENT_TITLES = 8192;

    private static final String STATES = "firing|triggered|re-?triggered|alert|alerting|warn|no data|recovered"
            + "|resolved|ok|problem|recovery|alarm|insufficient[_ ]data";
    private static final Pattern LEADING_STATE = Pattern.compile(
            "^\\s*(?:\\[\\s*(?:" + STATES + ")\\b[^\\]]*\\]|(?:" + STATES + ")\\s*:|\\*+\\s*(?:" + STATES + ")\\b)\\s*");
    private static final Pattern TRAILING_STARS = Pattern.compile("\\s*\\*+\\s*$");

    private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp|wss?|s3|gs|file)://\\S+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern KEYED_QUOTE = Pattern.compile(
            "(\\b[\\w.-]+\\s*[=:]\\s*)(?:\"[^\"]*\"|'[^']*'|`[^`]*`|“[^”]*”)");
    private static final Pattern QUOTES = Pattern.compile("[\"`“”‘’]|(?<![\\p{L}\\p{N}])'|'(?![\\p{L}\\p{N}])");

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String CLOCK = "\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?";
    private static final Pattern ISO_TIMESTAMP = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}(?:[t ]" + CLOCK + ")?(?:z\\b|[+-]\\d{2}:?\\d{2}\\b|\\s?(?:utc|gmt)\\b)?");
    private static final Pattern SLASH_DATE = Pattern.compile(
            "\\b(?:\\d{4}/\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\b");
    private static final Pattern MONTH_DATE = Pattern.compile(
            "\\b(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?"
                    + "|\\d{1,2}\\s+" + MONTH + ")\\b(?:,?\\s+\\d{4}\\b)?(?:\\s+" + CLOCK + ")?");
    private static final Pattern CLOCK_TIME = Pattern.compile(
            "\\b" + CLOCK + "(?:\\s?[ap]m\\b)?(?:\\s?(?:utc|gmt|z)\\b)?");

    private static final Pattern UUID = Pattern.compile(
            "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern IPV6 = Pattern.compile(
            "(?<![\\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}"
                    + "|(?:[0-9a-f]{1,4}:){1,7}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?"
                    + "|::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?)(?:%\\w+)?(?![\\w:])");
    /** IPv6 with a port is written in brackets: {@code [fd00::1]:9100}. */
    private static final Pattern BRACKETED_IP_PORT = Pattern.compile("\\[<ip>\\](?::\\d{1,5}\\b)?");
    private static final Pattern IPV4 = Pattern.compile(
            "\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b(?:/\\d{1,2}\\b)?(?::\\d{1,5}\\b)?");

    private static final String SUFFIXES = "com|net|org|io|dev|app|cloud|internal|local|localdomain|lan|corp"
            + "|intra|intranet|home|arpa|co|uk|de|fr|nl|eu|us|ca|au|jp|br|ru|cn|ai|info|biz|gov|edu|tech|xyz"
            + "|ch|se|dk|fi|pl|es|ie|nz|sg|hk|kr|tw|za|mx";
    private static final Pattern FQDN = Pattern.compile(
            "\\b(?:[a-z0-9](?:[a-z0-9_-]{0,61}[a-z0-9])?\\.)+(?:" + SUFFIXES + ")\\b(?::\\d{1,5}\\b)?");
    private static final Pattern AWS_HOST = Pattern.compile("\\bip-\\d{1,3}-\\d{1,3}-\\d{1,3}-\\d{1,3}\\b");
    /** Deployment pods: name, ReplicaSet hash and a 5-character suffix from Kubernetes' vowel-free alphabet. */
    private static final Pattern K8S_POD = Pattern.compile(
            "\\b([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)-(?=[a-z0-9-]*\\d)[bcdfghjklmnpqrstvwxz2-9]{6,10}"
                    + "-[bcdfghjklmnpqrstvwxz2-9]{5}\\b");
    private static final Pattern HOST_KEY_VALUE = Pattern.compile(
            "\\b(host|hostname|instance|instance_id|node|nodename|node_name|pod|pod_name|container|container_name"
                    + "|server|machine|vm)(\\s*=\\s*|:)(?!<q>)[^\\s,;)\\]}]+");

    // Letters and digits only bound these ids: "_" separates them, as in merchant_8h2klq9z.
    private static final Pattern HEX = Pattern.compile(
            "(?<![a-z0-9])(?:0x[0-9a-f]+|(?=[0-9a-f]*\\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,})(?![a-z0-9])");
    // An id mixes letters and digits at random: two runs of digits at least, or a long one ("8h2klq9z",
    // "ord12345x"). One short number inside words is part of a name, as alerts are named: "Error500Alert",
    // "Route53HealthCheckFailed", "Http5xxRateHigh".
    private static final Pattern MIXED_ID = Pattern.compile(
            "(?<![a-z0-9])(?=[a-z0-9]*\\d[a-z]+\\d|[a-z]*\\d{5,}[a-z])(?=[a-z]*\\d)(?=\\d*[a-z])(?![a-z]+\\d+(?![a-z0-9]))"
                    + "[a-z0-9]{5,}(?![a-z0-9])");

    private static final Pattern PERCENT = Pattern.compile("(?<![\\w.])\\d+(?:[.,]\\d+)?\\s?%");
    private static final Pattern SIZE = Pattern.compile(
            "(?<![\\w.])\\d+(?:[.,]\\d+)?\\s?(?:[kmgtp]i?b|bytes?|[kmgt]?bps|[kmgt]?b/s)\\b");
    private static final String UNIT = "(?:ns|us|µs|ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?"
            + "|w|wks?|weeks?)";
    /** {@code 5m}, {@code 1h30m}; with a space only for unambiguous units ({@code 10 minutes}, not {@code 2 us-east}). */
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\w.])\\d+(?:\\.\\d+)?(?:" + UNIT + "(?:\\d+(?:\\.\\d+)?" + UNIT + ")*"
                    + "|\\s(?:ms|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?))\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    /**
     * Tokens whose digits carry meaning: kept as they are. Among them a name with a short number between its words,
     * as alerts are named ("Error500Alert", "Route53HealthCheckFailed", "Http5xxRateHigh"): "Error500Alert" and
     * "Error404Alert" are two alerts.
     */
    private static final Pattern KEEP = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[a-z]{2,}\\d{1,4}[a-z]{2,}|[1-5]xx|p\\d{2,3}(?:\\.\\d+)?|http/?[123](?:\\.\\d)?|h[23]|ipv[46]|k8s|s3|ec2|oauth2"
                    + "|sha-?\\d+|md5|x86_64|x86|arm64|aarch64|utf-?(?:8|16)|base64|i18n|l10n|l[47]|2fa|mfa2|b2b|b2c|e2e"
                    + "|log4j2?|m365|o365)(?![\\p{L}\\p{N}])");

    private static final Pattern KEPT_MARKER = Pattern.compile("\u0000(\u0001+)\u0000");
    private static final Pattern REPEATED_PLACEHOLDER = Pattern.compile(
            "(<([a-z]+)>)(?:\\s*(?:[,;/&|]|\\band\\b)\\s*(?:and\\s+)?<\\2>)+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    // The checks below are what each skipped pattern needs to match at all, so skipping it changes nothing: a
    // month's first three letters (MONTH_DATE), two colons (every IPv6 form), a dot before a letter (a domain
    // suffix), two hyphens (a pod's name, hash and suffix), a host-like key (HOST_KEY_VALUE), a run of seven hex
    // characters or "0x" (HEX), a run of five letters and digits (MIXED_ID).
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    private static final String[] HOST_KEYS = {"host", "instance", "node", "pod", "container", "server", "machine",
        "vm"};

    /** {@code service | template}; the service lower-cased and trimmed, {@value #NO_SERVICE} when missing. */
    public String fingerprint(CanonicalEvent event) {
        return fingerprint(event.service(), event.title());
    }

    /** {@code service | template} of a service and a title; either may be null. */
    public String fingerprint(String service, String title) {
        return servicePart(service) + SEPARATOR + template(title);
    }

    /** The service part of a fingerprint: lower-cased, whitespace collapsed, {@value #NO_SERVICE} when missing. */
    public String servicePart(String service) {
        String s = service == null ? "" : WHITESPACE.matcher(service.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return s.isEmpty() ? NO_SERVICE : s;
    }

    /**
     * The title template inside a fingerprint made by {@link #fingerprint(String, String)} of this service, so
     * a key selector need not template the title again; the title's template when the fingerprint is not one.
     */
    public String templateOf(String fingerprint, String service, String title) {
        String prefix = servicePart(service) + SEPARATOR;
        return fingerprint != null && fingerprint.startsWith(prefix)
                ? fingerprint.substring(prefix.length())
                : template(title);
    }

    /** Templates of recent titles: an incident and its alerts, and every firing of a check, share one. */
    private final RecentResults<String, String> recent = new RecentResults<>(RECENT_TITLES);

    /** The title as a template (see the class comment); an empty string for a null or blank title. */
    public String template(String title) {
        if (title == null || title.isBlank()) {
            return "";
        }
        return recent.get(title, this::templateOnce);
    }

    private String templateOnce(String title) {
        String head = title.length() > MAX_TITLE_CHARS ? title.substring(0, MAX_TITLE_CHARS) : title;
        String s = WHITESPACE.matcher(head.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        // Each rule below runs only where its pattern could match: most patterns need a digit (placeholders
        // carry none, so a title without digits never gains one) or a character such as '@' or ':'. Titles are
        // templated once per alert, and skipping a regular expression that cannot match changes nothing.
        boolean digits = hasDigit(s);
        s = dropNotificationState(s);
        s = s.contains("://") ? replace(URL, s, "<url>") : s;
        s = s.contains("@") ? replace(EMAIL, s, "<email>") : s;
        if (hasQuote(s)) {
            s = KEYED_QUOTE.matcher(s).replaceAll("$1<q>");
            s = QUOTES.matcher(s).replaceAll(" ");
        }
        if (digits) {
            s = s.contains("-") ? replace(ISO_TIMESTAMP, s, "<ts>") : s;
            s = s.contains("/") ? replace(SLASH_DATE, s, "<ts>") : s;
            s = hasMonth(s) ? replace(MONTH_DATE, s, "<ts>") : s;
        }
        s = s.contains("-") ? replace(UUID, s, "<uuid>") : s;
        s = count(s, ':') >= 2 ? replace(IPV6, s, "<ip>") : s;
        s = s.contains("[<ip>]") ? replace(BRACKETED_IP_PORT, s, "<ip>") : s;
        if (digits) {
            s = s.contains(".") ? replace(IPV4, s, "<ip>") : s;
            s = s.contains(":") ? replace(CLOCK_TIME, s, "<ts>") : s;
        }
        s = hasDotBeforeLetter(s) ? replace(FQDN, s, "<host>") : s;
        if (digits) {
            s = s.contains("ip-") ? replace(AWS_HOST, s, "<host>") : s;
            s = count(s, '-') >= 2 ? K8S_POD.matcher(s).replaceAll("$1-<pod>") : s;
        }
        if ((s.contains("=") || s.contains(":")) && hasHostKey(s)) {
            s = HOST_KEY_VALUE.matcher(s).replaceAll("$1$2<host>");
        }

        if (digits) {
            List<String> kept = new ArrayList<>();
            s = protect(s, kept);
            s = s.contains("%") ? replace(PERCENT, s, "<pct>") : s;
            s = replace(SIZE, s, "<size>");
            s = replace(DURATION, s, "<dur>");
            s = s.contains("0x") || longestRun(s, true) >= 7 ? replace(HEX, s, "<hex>") : s;
            s = longestRun(s, false) >= 5 ? replace(MIXED_ID, s, "<id>") : s;
            s = replace(NUMBER, s, "<n>");
            s = restore(s, kept);
        }

        s = s.contains("<") ? REPEATED_PLACEHOLDER.matcher(s).replaceAll("$1") : s;
        s = WHITESPACE.matcher(s).replaceAll(" ").trim();
        return withoutTrailingPunctuation(s);
    }

    private static boolean hasMonth(String s) {
        for (String month : MONTHS) {
            if (s.contains(month)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHostKey(String s) {
        for (String key : HOST_KEYS) {
            if (s.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasDotBeforeLetter(String s) {
        for (int i = s.indexOf('.'); i >= 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
            char next = s.charAt(i + 1);
            if (next >= 'a' && next <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** The longest run of hex characters ({@code hexOnly}) or of ASCII letters and digits. */
    private static int longestRun(String s, boolean hexOnly) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean in = c >= '0' && c <= '9' || (hexOnly ? c >= 'a' && c <= 'f' : c >= 'a' && c <= 'z');
            run = in ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /**
     * The text without trailing {@code . ! , ; :} and spaces, as the pattern {@code [\s.!,;:]+$} would drop them (white
     * space is single spaces by then).
     */
    private static String withoutTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && " .!,;:".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Any character {@link #KEYED_QUOTE} or {@link #QUOTES} could start on. */
    private static boolean hasQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '"', '`', '\'', '\u201c', '\u201d', '\u2018', '\u2019' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static String dropNotificationState(String s) {
        String previous;
        do {
            previous = s;
            s = LEADING_STATE.matcher(s).replaceFirst("");
        } while (!s.equals(previous));
        return s.indexOf('*') >= 0 ? TRAILING_STARS.matcher(s).replaceAll("") : s;
    }

    private static String replace(Pattern pattern, String s, String placeholder) {
        return pattern.matcher(s).replaceAll(Matcher.quoteReplacement(placeholder));
    }

    /** Swaps kept tokens for markers without digits or letters that a later rule could touch. */
    private static String protect(String s, List<String> kept) {
        Matcher m = KEEP.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            kept.add(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement("\u0000" + "\u0001".repeat(kept.size()) + "\u0000"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String restore(String s, List<String> kept) {
        Matcher m = KEPT_MARKER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(kept.get(m.group(1).length() - 1)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
