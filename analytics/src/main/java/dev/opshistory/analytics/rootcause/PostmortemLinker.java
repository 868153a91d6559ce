package dev.opshistory.analytics.rootcause;

import dev.opshistory.model.CanonicalEvent;
import dev.opshistory.model.PostmortemDetails;
import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a postmortem references an event (issue 4: a postmortem's root cause propagates to the
 * incidents and alerts it names). Pure and serializable.
 *
 * <p>What the postmortem offers: its {@code incidentRefs} (as the parser found them: {@code "#465"},
 * {@code "INC-465"}, {@code "incident 465"}, {@code "incident: 465"} from front matter, vendor URLs, vendor ids,
 * incident keys) and its title ({@code "… Postmortem (incident #4253)"}). An event matches, in this order:
 * <ol>
 *   <li>{@code html_url}: a ref is the event's URL (case, trailing slash, query and fragment ignored);</li>
 *   <li>{@code source_id}: a ref, or the last meaningful path segment of a ref URL
 *       ({@code …/incidents/Q1ABC}, {@code …/alert/detail/<uuid>/details}), is the vendor id (any case);</li>
 *   <li>{@code dedup_key}: a ref is exactly the event's incident key / alias;</li>
 *   <li>{@code source_number}: a number written as {@code #465}, {@code INC-465}, {@code INC465},
 *       {@code incident 465}, {@code incident #465}, {@code PD-465} or a bare {@code 465} ref (in the refs or the
 *       title) is the event's number (PagerDuty incident_number, Opsgenie tinyId). Numbers are not unique across
 *       tools: a number links to every source's event with that number;</li>
 *   <li>{@code title}: the postmortem's title or a ref equals the event's title after normalising (case,
 *       punctuation, spacing; a {@code [#123]} prefix, a leading "Postmortem:"/"Incident review:"/"RCA:" and a
 *       trailing "postmortem" or "(incident #…)" are dropped).</li>
 * </ol>
 */
public final class PostmortemLinker implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a postmortem references an event. */
    public enum By { HTML_URL, SOURCE_ID, DEDUP_KEY, SOURCE_NUMBER, TITLE }

    /**
     * A reference found.
     *
     * @param by  which field matched
     * @param ref the postmortem's text that matched
     */
    public record Link(By by, String ref) implements Serializable {
    }

    private static final Pattern NUMBER_IN_TEXT = Pattern.compile(
            "(?i)(?:\\b(?:incidents?|inc|pd|ticket|alert)\\s*(?:number|no\\.?)?\\s*[-#:]?\\s*#?\\s*|(?<![\\w&])#)(\\d{1,9})\\b");
    private static final Pattern BARE_NUMBER = Pattern.compile("^#?(\\d{1,9})$");
    private static final Pattern KEY_VALUE = Pattern.compile("^[\\w .-]{1,40}?\\s*[:=]\\s*(.+)$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> URL_NOISE_SEGMENTS = Set.of("details", "detail", "log_entries", "timeline",
            "notes", "alert", "alerts", "incident", "incidents", "view");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#].*$");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");
    static final Pattern TITLE_PREFIX = Pattern.compile(
            "^(?:\\[#\\d+]\\s*)?(?:(?:post[- ]?mortem|incident review|incident report|post[- ]incident review|pir|rca)\\s*[:\\-–—]\\s*)?",
            Pattern.CASE_INSENSITIVE);
    /** How a title with {@link #TITLE_SUFFIX} ends, apart from ')' and white space. */
    private static final String MORTEM = "mortem";
    static final Pattern TITLE_SUFFIX = Pattern.compile(
            "\\s*(?:\\((?:incident|inc)[^)]*\\)|[-–—:]?\\s*post[- ]?mortem)\\s*$", Pattern.CASE_INSENSITIVE);

    /** Whether the postmortem references the event. */
    public boolean references(CanonicalEvent postmortem, CanonicalEvent event) {
        return link(postmortem, event).isPresent();
    }

    /** The first way the postmortem references the event, in the order of the class comment; empty if none. */
    public Optional<Link> link(CanonicalEvent postmortem, CanonicalEvent event) {
        Set<String> values = refValues(postmortem);
        if (event.htmlUrl() != null) {
            String url = normalizeUrl(event.htmlUrl());
            for (String v : values) {
                if (URL.matcher(v).matches() && normalizeUrl(v).equals(url)) {
                    return Optional.of(new Link(By.HTML_URL, v));
                }
            }
        }
        if (event.sourceId() != null) {
            for (String v : values) {
                String id = URL.matcher(v).matches() ? idInUrl(v) : v;
                if (id != null && id.equalsIgnoreCase(event.sourceId().strip())) {
                    return Optional.of(new Link(By.SOURCE_ID, v));
                }
            }
        }
        if (event.dedupKey() != null) {
            for (String v : values) {
                if (v.equals(event.dedupKey().strip())) {
                    return Optional.of(new Link(By.DEDUP_KEY, v));
                }
            }
        }
        if (event.sourceNumber() != null) {
            String number = stripZeros(event.sourceNumber().strip());
            for (String v : values) {
                if (!URL.matcher(v).matches() && numbers(v, true).contains(number)) {
                    return Optional.of(new Link(By.SOURCE_NUMBER, v));
                }
            }
            if (postmortem.title() != null && numbers(postmortem.title(), false).contains(number)) {
                return Optional.of(new Link(By.SOURCE_NUMBER, postmortem.title()));
            }
        }
        if (event.title() != null) {
            String title = normalizeTitle(event.title());
            if (!title.isEmpty()) {
                if (postmortem.title() != null && normalizeTitle(postmortem.title()).equals(title)) {
                    return Optional.of(new Link(By.TITLE, postmortem.title()));
                }
                for (String v : values) {
                    if (normalizeTitle(v).equals(title)) {
                        return Optional.of(new Link(By.TITLE, v));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The postmortem's incident refs as written, plus the value of each {@code key: value} ref. */
    static Set<String> refValues(CanonicalEvent postmortem) {
        PostmortemDetails details = postmortem.postmortem();
        List<String> refs = details == null ? List.of() : details.incidentRefs();
        Set<String> values = new LinkedHashSet<>();
        for (String ref : refs) {
            if (ref == null || ref.isBlank()) {
                continue;
            }
            String r = ref.strip();
            values.add(r);
            Matcher kv = KEY_VALUE.matcher(r);
            if (!isUrl(r) && kv.matches()) {
                values.add(kv.group(1).strip());
            }
        }
        return values;
    }

    static boolean isUrl(String value) {
        return URL.matcher(value).matches();
    }

    /** Incident numbers written in the text; a ref that is only a number counts when {@code bare} is set. */
    static Set<String> numbers(String text, boolean bare) {
        Set<String> out = new LinkedHashSet<>();
        Matcher b = BARE_NUMBER.matcher(text.strip());
        if (bare && b.matches()) {
            out.add(stripZeros(b.group(1)));
        }
        Matcher m = NUMBER_IN_TEXT.matcher(text);
        while (m.find()) {
            out.add(stripZeros(m.group(1)));
        }
        return out;
    }

    /** The id in a vendor URL: the last path segment that is not a fixed word of the vendors' URL layouts. */
    static String idInUrl(String url) {
        try {
            String path = URI.create(url.strip()).getPath();
            if (path == null) {
                return null;
            }
            String[] segments = path.split("/");
            for (int i = segments.length - 1; i >= 0; i--) {
                String s = segments[i];
                if (!s.isBlank() && !URL_NOISE_SEGMENTS.contains(s.toLowerCase(Locale.ROOT))) {
                    return s;
                }
            }
            return null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String normalizeTitle(String title) {
        String t = TITLE_PREFIX.matcher(title.strip()).replaceFirst("");
        // Every alert's title is normalised to look it up; the suffix pattern is tried at every position, so it
        // runs only on a title that ends as a suffix must: with ')' or "mortem".
        String end = t.stripTrailing();
        if (end.endsWith(")") || end.regionMatches(true, end.length() - MORTEM.length(), MORTEM, 0, MORTEM.length())) {
            t = TITLE_SUFFIX.matcher(t).replaceFirst("");
        }
        return lettersAndDigits(t.toLowerCase(Locale.ROOT));
    }

    /** The words of a text: its runs of letters and digits, one space between them. */
    private static String lettersAndDigits(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isLetterOrNumber(c)) {
                if (gap && words.length() > 0) {
                    words.append(' ');
                }
                words.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return words.toString();
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter or a number of any script. */
    private static boolean isLetterOrNumber(int c) {
        return Character.isLetter(c) || switch (Character.getType(c)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    static String normalizeUrl(String url) {
        String u = QUERY_OR_FRAGMENT.matcher(url.strip().toLowerCase(Locale.ROOT)).replaceAll("");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    static String stripZeros(String number) {
        return LEADING_ZEROS.matcher(number).replaceFirst("");
    }
}
