package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the incidents a postmortem names, in order of first mention, without duplicates.
 *
 * <p>What counts: an incident number written {@code #465} with the word "incident" shortly before or after
 * it on the same line ({@code incident #465}, {@code PagerDuty incident #4208:}, {@code #465 incident});
 * an {@code INC-465} key; a PagerDuty incident URL ({@code https://acme.pagerduty.com/incidents/PT4KHLK});
 * an Opsgenie alert or incident URL ({@code …/alert/detail/<uuid>}, {@code …/incident/detail/<id>}); and any
 * value given as an incident id, number or key (front matter, an {@code Incident:} field, JSON).
 *
 * <p>How each is written into the list: a number as {@code #465}; a key as written ({@code INC-465}) and its
 * number ({@code #465}); a URL as written and its vendor id ({@code PT4KHLK}), so that the analytics can
 * match PagerDuty's {@code incident_number}, its id, or Opsgenie's id without parsing URLs again.
 */
final class IncidentRefs {

    private static final Pattern HASH_NUMBER = Pattern.compile("(?<![\\w&#])#\\s?(\\d{1,9})\\b");
    private static final Pattern INCIDENT_WORD = Pattern.compile("(?i)\\bincidents?\\b");
    private static final Pattern INC_KEY = Pattern.compile("\\bINC-?(\\d{1,9})\\b");
    private static final Pattern PAGERDUTY_URL = Pattern.compile("https?://[\\w.-]+\\.pagerduty\\.com/incidents/([A-Za-z0-9]{5,20})\\b");
    private static final Pattern OPSGENIE_URL = Pattern.compile(
            "https?://[\\w.-]+\\.opsgenie\\.com/(?:alert|incident)/detail/([0-9A-Za-z][0-9A-Za-z-]{3,40}[0-9A-Za-z])");
    private static final Pattern BARE_NUMBER = Pattern.compile("#?\\s?(\\d{1,9})");
    private static final int NEAR = 40;

    private final Set<String> refs = new LinkedHashSet<>();

    /** Adds every reference found in free text. */
    IncidentRefs scan(String text) {
        if (text == null || text.isEmpty()) {
            return this;
        }
        List<Found> found = new ArrayList<>();
        Matcher url = PAGERDUTY_URL.matcher(text);
        while (url.find()) {
            found.add(new Found(url.start(), List.of(url.group(), url.group(1))));
        }
        Matcher opsgenie = OPSGENIE_URL.matcher(text);
        while (opsgenie.find()) {
            found.add(new Found(opsgenie.start(), List.of(opsgenie.group(), opsgenie.group(1))));
        }
        Matcher key = INC_KEY.matcher(text);
        while (key.find()) {
            found.add(new Found(key.start(), List.of(key.group(), "#" + Long.parseLong(key.group(1)))));
        }
        Matcher hash = HASH_NUMBER.matcher(text);
        while (hash.find()) {
            if (nearIncidentWord(text, hash.start(), hash.end())) {
                found.add(new Found(hash.start(), List.of("#" + Long.parseLong(hash.group(1)))));
            }
        }
        found.sort((a, b) -> Integer.compare(a.at(), b.at()));
        found.forEach(f -> refs.addAll(f.forms()));
        return this;
    }

    /**
     * Adds a value given explicitly as an incident reference: a number (with or without {@code #}), a key, an
     * id or a URL.
     */
    IncidentRefs explicit(String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        String text = value.strip();
        Matcher number = BARE_NUMBER.matcher(text);
        if (number.matches()) {
            refs.add("#" + Long.parseLong(number.group(1)));
            return this;
        }
        int before = refs.size();
        scan(text);
        if (refs.size() == before && !text.contains(" ")) {
            refs.add(text);
        }
        return this;
    }

    List<String> list() {
        return List.copyOf(refs);
    }

    private static boolean nearIncidentWord(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start) + 1;
        int lineEnd = text.indexOf('\n', end);
        String before = text.substring(Math.max(lineStart, start - NEAR), start);
        String after = text.substring(end, Math.min(lineEnd < 0 ? text.length() : lineEnd, end + NEAR));
        return INCIDENT_WORD.matcher(before).find() || after.toLowerCase(Locale.ROOT).matches("^[\\s:()\\[\\]*_]*incidents?\\b.*");
    }

    private record Found(int at, List<String> forms) {
    }
}
