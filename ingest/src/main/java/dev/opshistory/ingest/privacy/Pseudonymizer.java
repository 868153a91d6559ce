package dev.opshistory.ingest.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces people with stable pseudonyms: a name becomes {@code person-<8 hex>}, an e-mail address
 * {@code person-<8 hex>@pseudonymized.invalid}, where the hex digits are the start of HMAC-SHA256 under the
 * {@link PseudonymKey} of the normalised name or address (trimmed, lower case, white space collapsed), so
 * "Alice Smith" and "alice  smith" are one person and the same key gives the same pseudonyms in every run.
 *
 * <p>{@link #person} pseudonymises the value of a person field (acknowledged by, resolved by, a log entry's
 * agent, an action item's owner) and remembers the name. {@link #text} replaces, in free text, every e-mail
 * address (by pattern) and every name remembered so far (whole words, any case, the words separated as in the
 * name or by white space). Limit: a name is caught in free text only once it has been seen in a person field —
 * of the same record (callers pass person fields first) or of an earlier one; a name that only ever appears in
 * free text, or whose person field comes in a later record, is not replaced. Names shorter than
 * {@value #SHORTEST_NAME} letters are pseudonymised in their field but not searched for in text (too many
 * ordinary words would go). A first name alone ("thanks Alice") is not a name seen in a field and stays.
 *
 * <p>Not thread-safe: one instance per ingest run, used by one thread. Never logs a name or the key.
 */
public final class Pseudonymizer {

    /** The domain of pseudonymous e-mail addresses (RFC 2606: never resolvable). */
    public static final String EMAIL_DOMAIN = "pseudonymized.invalid";

    static final int SHORTEST_NAME = 3;

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PSEUDONYM = Pattern.compile(
            "person-[0-9a-f]{8}(?:@" + Pattern.quote(EMAIL_DOMAIN) + ")?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int CACHE_LIMIT = 100_000;
    private static final int LONGEST_GAP = 3;

    private final Mac mac;
    private final Map<String, String> cache = new HashMap<>();
    /** Remembered names, by their first word in lower case; longest names first. */
    private final Map<String, List<KnownName>> namesByFirstWord = new HashMap<>();

    public Pseudonymizer(PseudonymKey key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** True for a value this class produced. */
    public static boolean isPseudonym(String value) {
        return value != null && PSEUDONYM.matcher(value.strip()).matches();
    }

    /**
     * The pseudonym of a person field's value (a name, or an e-mail address when the whole value is one), and
     * remembers a name for {@link #text}. Null and blank stay as they are; a pseudonym stays itself.
     */
    public String person(String value) {
        if (value == null || value.isBlank() || isPseudonym(value)) {
            return value;
        }
        String v = value.strip();
        if (EMAIL.matcher(v).matches()) {
            return email(v);
        }
        remember(v);
        return name(v);
    }

    /** Remembers a person's name, so that {@link #text} replaces it from now on. */
    public void remember(String name) {
        if (name == null || isPseudonym(name) || name.indexOf('@') >= 0) {
            return;
        }
        List<String> words = words(name);
        if (words.isEmpty() || letters(words) < SHORTEST_NAME
                || !Character.isLetterOrDigit(name.strip().codePointAt(0))) {
            return;
        }
        List<KnownName> known = namesByFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>());
        for (KnownName k : known) {
            if (k.words.equals(words)) {
                return;
            }
        }
        known.add(new KnownName(words, name(name)));
        known.sort(Comparator.comparingInt((KnownName k) -> k.words.size()).reversed());
    }

    /** The text with e-mail addresses and remembered names replaced by their pseudonyms; null stays null. */
    public String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = text.indexOf('@') >= 0 ? replaceEmails(text) : text;
        return namesByFirstWord.isEmpty() ? t : replaceNames(t);
    }

    private String replaceEmails(String text) {
        Matcher m = EMAIL.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (m.group().toLowerCase(Locale.ROOT).endsWith("@" + EMAIL_DOMAIN)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(email(m.group()));
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private String replaceNames(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        StringBuilder out = null;
        int last = 0;
        for (int i = 0; i < spans.size(); i++) {
            int[] first = spans.get(i);
            List<KnownName> candidates = namesByFirstWord.get(lower(text, first));
            if (candidates == null) {
                continue;
            }
            for (KnownName candidate : candidates) {
                if (matchesAt(text, spans, i, candidate.words)) {
                    int end = spans.get(i + candidate.words.size() - 1)[1];
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, last, first[0]).append(candidate.pseudonym);
                    last = end;
                    i += candidate.words.size() - 1;
                    break;
                }
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static boolean matchesAt(String text, List<int[]> spans, int i, List<String> words) {
        if (i + words.size() > spans.size()) {
            return false;
        }
        for (int w = 1; w < words.size(); w++) {
            int[] previous = spans.get(i + w - 1);
            int[] span = spans.get(i + w);
            if (!gapJoinsName(text, previous[1], span[0]) || !lower(text, span).equals(words.get(w))) {
                return false;
            }
        }
        return true;
    }

    /** Words of one name are separated by a short run of spaces, hyphens, apostrophes or dots. */
    private static boolean gapJoinsName(String text, int from, int to) {
        if (to - from > LONGEST_GAP) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '\'' && c != '\u2019' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static String lower(String text, int[] span) {
        return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static int letters(List<String> words) {
        return words.stream().mapToInt(String::length).sum();
    }

    private String name(String name) {
        return "person-" + digest("name:" + String.join(" ", words(name)));
    }

    private String email(String address) {
        return "person-" + digest("email:" + address.strip().toLowerCase(Locale.ROOT)) + "@" + EMAIL_DOMAIN;
    }

    private String digest(String normalised) {
        String cached = cache.get(normalised);
        if (cached != null) {
            return cached;
        }
        byte[] hash = mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(hash, 0, 4);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // unique e-mail addresses in free text are unbounded; the HMAC is cheap to redo
        }
        cache.put(normalised, hex);
        return hex;
    }

    private record KnownName(List<String> words, String pseudonym) {
    }
}
