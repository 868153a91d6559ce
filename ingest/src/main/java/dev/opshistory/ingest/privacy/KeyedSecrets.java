package dev.opshistory.ingest.privacy;

import java.util.Locale;
import java.util.Set;

/**
 * Redacts the values of {@code key: value} and {@code key=value} pairs whose key names a secret (rules 5–7 of
 * {@link SecretRedactor}). It walks the text once from separator to separator and looks back for the key, so a
 * text without secrets costs one scan: a regular expression that tried every secret name at every position was
 * the redactor's main cost.
 *
 * <p>Key: the run of letters, digits, {@code _ . -} just before the separator, skipping white space, a closing
 * quote and a JSON escape. It names a secret when a part of it — from its start, after a {@code _ . -}, or at a
 * camelCase hump — is, without separators and in any case, one of {@link #SECRET_NAMES}; a header when that part
 * is one of {@link #HEADER_NAMES}.
 */
final class KeyedSecrets {

    /** Names of secrets, lower case without separators: {@code api_key}, {@code X-Api-Key}, {@code apiKey} → apikey. */
    static final Set<String> SECRET_NAMES = Set.of("password", "passwd", "passphrase", "pwd", "secret", "secretkey",
            "secretaccesskey", "token", "apikey", "accesskey", "privatekey", "servicekey", "integrationkey",
            "routingkey", "signingkey", "encryptionkey", "authkey", "appkey", "licensekey", "credential",
            "credentials", "geniekey");
    /** Headers whose whole value is a credential. */
    static final Set<String> HEADER_NAMES = Set.of("authorization", "proxyauthorization", "cookie", "setcookie");

    private static final Set<String> HEX_NOT_SECRET = Set.of("incidentkey", "alertkey", "dedupkey", "dedupekey",
            "deduplicationkey", "alias", "id", "hash", "md5", "sha", "sha1", "checksum", "etag", "fingerprint", "uuid",
            "guid");
    private static final Set<String> AUTH_SCHEMES = Set.of("bearer", "basic", "token", "digest", "negotiate", "bot",
            "oauth", "geniekey", "ssws", "apikey", "hmac", "aws4-hmac-sha256");
    private static final Set<String> HARMLESS_VALUES = Set.of("null", "true", "false", "none", "[redacted]");
    private static final int LONGEST_KEY = 64;
    private static final int HEX_KEY_LENGTH = 32;

    private enum Kind { SECRET, HEADER, OTHER }

    private KeyedSecrets() {
    }

    static String redact(String text) {
        StringBuilder out = null;
        int last = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if ((c != ':' && c != '=') || (c == ':' && text.startsWith("//", i + 1))) {
                i++;
                continue;
            }
            int valueStart = skipSeparator(text, i);
            String key = keyBefore(text, i);
            Kind kind = kind(key);
            int[] span = null;
            if (kind != Kind.OTHER) {
                span = valueSpan(text, valueStart, kind == Kind.HEADER);
                if (span != null && isHarmless(text, span)) {
                    span = null;
                }
                if (span != null && kind == Kind.HEADER) {
                    span[0] = afterScheme(text, span[0], span[1]);
                }
            } else {
                // the value first: it is rarely 32 hex digits, and only then does the key's name matter
                span = hexKey(text, valueStart);
                if (span != null && hexIsNotSecret(key)) {
                    span = null;
                }
            }
            if (span == null || span[0] < last) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
            }
            out.append(text, last, span[0]).append(SecretRedactor.REDACTED);
            last = span[1];
            i = Math.max(span[1], i + 1);
        }
        return out == null ? text : out.append(text, last, n).toString();
    }

    /** Past {@code :}, {@code =}, {@code =>} or {@code :=} and the blanks after it. */
    private static int skipSeparator(String text, int at) {
        int i = at + 1;
        if (i < text.length() && (text.charAt(i) == '>' || text.charAt(i) == '=')) {
            i++;
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The key in front of the separator at {@code at}, or "" when there is none. */
    private static String keyBefore(String text, int at) {
        int end = at;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end > 0 && (text.charAt(end - 1) == '"' || text.charAt(end - 1) == '\'')) {
            end--;
            if (end > 0 && text.charAt(end - 1) == '\\') {
                end--;
            }
        }
        int start = end;
        while (start > 0 && end - start < LONGEST_KEY && isKeyChar(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    private static boolean isKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '-';
    }

    private static Kind kind(String key) {
        if (key.isEmpty()) {
            return Kind.OTHER;
        }
        for (int start = 0; start < key.length(); start++) {
            if (!partStartsAt(key, start)) {
                continue;
            }
            String part = normalise(key.substring(start));
            if (HEADER_NAMES.contains(part)) {
                return Kind.HEADER;
            }
            if (SECRET_NAMES.contains(part)) {
                return Kind.SECRET;
            }
        }
        return Kind.OTHER;
    }

    /** A key part starts at the key's start, after a separator, or at a camelCase hump. */
    private static boolean partStartsAt(String key, int i) {
        if (i == 0) {
            return true;
        }
        char previous = key.charAt(i - 1);
        char c = key.charAt(i);
        if (previous == '_' || previous == '.' || previous == '-') {
            return c != '_' && c != '.' && c != '-';
        }
        return Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous));
    }

    private static String normalise(String part) {
        StringBuilder b = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c != '_' && c != '.' && c != '-') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Start and end of the value at {@code start}, or null when there is none to redact (an object, an array). */
    private static int[] valueSpan(String text, int start, boolean header) {
        if (start >= text.length()) {
            return null;
        }
        char c = text.charAt(start);
        if (c == '{' || c == '[') {
            return null;
        }
        if (c == '\\' && start + 1 < text.length() && text.charAt(start + 1) == '"') {
            int end = text.indexOf("\\\"", start + 2);
            return new int[] {start + 2, end < 0 ? lineEnd(text, start + 2) : end};
        }
        if (c == '"' || c == '\'') {
            int i = start + 1;
            while (i < text.length()) {
                char d = text.charAt(i);
                if (d == c || d == '\n' || d == '\r') {
                    break;
                }
                if (d == '\\' && c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        break; // an escaped quote closes a value that was itself inside a JSON string
                    }
                    i++;
                }
                i++;
            }
            return new int[] {start + 1, Math.min(i, text.length())};
        }
        if (header) {
            return new int[] {start, lineEnd(text, start)};
        }
        int i = start;
        while (i < text.length() && !endsUnquotedValue(text.charAt(i))) {
            i++;
        }
        return new int[] {start, i};
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '"' || c == '\'' || (c == '\\' && i + 1 < text.length()
                    && (text.charAt(i + 1) == 'n' || text.charAt(i + 1) == 'r' || text.charAt(i + 1) == '"'))) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean endsUnquotedValue(char c) {
        return Character.isWhitespace(c) || c == ',' || c == ';' || c == '&' || c == '"' || c == '\'' || c == '<'
                || c == '>' || c == ')' || c == ']' || c == '}' || c == '\\';
    }

    /** Keeps an authentication scheme word ("Bearer ", "Token ") in front of the redacted credentials. */
    private static int afterScheme(String text, int start, int end) {
        int space = start;
        while (space < end && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        if (space < end && AUTH_SCHEMES.contains(text.substring(start, space).toLowerCase(Locale.ROOT))) {
            while (space < end && Character.isWhitespace(text.charAt(space))) {
                space++;
            }
            return space < end ? space : start;
        }
        return start;
    }

    private static boolean isHarmless(String text, int[] span) {
        String value = text.substring(span[0], span[1]).strip();
        return value.isEmpty() || HARMLESS_VALUES.contains(value.toLowerCase(Locale.ROOT));
    }

    /** A value of exactly 32 hex digits (after an optional quote), as PagerDuty integration keys are. */
    private static int[] hexKey(String text, int start) {
        int i = start;
        if (i < text.length() && text.charAt(i) == '\\') {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i++;
        }
        int end = i;
        while (end < text.length() && end - i <= HEX_KEY_LENGTH && Character.digit(text.charAt(end), 16) >= 0) {
            end++;
        }
        if (end - i != HEX_KEY_LENGTH || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
            return null;
        }
        return new int[] {i, end};
    }

    /** Dedup keys, ids and hashes are 32 hex digits too, and are no secret. */
    private static boolean hexIsNotSecret(String key) {
        int dot = key.lastIndexOf('.');
        String plain = normalise(dot >= 0 ? key.substring(dot + 1) : key);
        return HEX_NOT_SECRET.contains(plain) || plain.endsWith("id") || plain.endsWith("hash")
                || plain.endsWith("sum") || plain.endsWith("digest");
    }
}
