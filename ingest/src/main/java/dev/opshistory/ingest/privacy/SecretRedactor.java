package dev.opshistory.ingest.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces secrets in a text with {@value #REDACTED}. Pure and thread-safe; every pattern is compiled once,
 * each rule runs only when the text holds the character or word it needs (one scan of the text tells which rules
 * could: {@link RedactionClues}), and key/value pairs are found in one scan ({@link KeyedSecrets}), so an ordinary
 * title costs a few dozen nanoseconds. What it redacts, in the order it looks:
 * <ol>
 *   <li>private key blocks: {@code -----BEGIN … PRIVATE KEY-----} to its {@code END} line, or to the end of the
 *       text when the text was cut before it;</li>
 *   <li>credentials in URLs: {@code scheme://user:password@host} and {@code scheme://<long token>@host}
 *       (Sentry DSNs);</li>
 *   <li>secrets in URL paths: Slack webhooks ({@code hooks.slack.com/services/…}) and PagerDuty integration URLs
 *       ({@code …/integration/<32 characters>/…});</li>
 *   <li>secret URL parameters: {@code ?token=}, {@code access_token}, {@code api_key}, {@code apikey}, {@code key},
 *       {@code secret}, {@code password}, {@code client_secret}, {@code sig}, {@code signature}, {@code auth},
 *       {@code X-Amz-Signature}, {@code X-Amz-Credential}, {@code X-Amz-Security-Token};</li>
 *   <li>headers: {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie}, {@code Set-Cookie} followed by
 *       {@code :} or {@code =}; the whole value is redacted except an authentication scheme word
 *       ({@code Authorization: Bearer [REDACTED]});</li>
 *   <li>named secrets: a key ending in {@code password}, {@code passwd}, {@code passphrase}, {@code pwd},
 *       {@code secret}, {@code token}, {@code api_key}/{@code apikey}, {@code access_key}, {@code secret_key},
 *       {@code private_key}, {@code service_key}, {@code integration_key}, {@code routing_key},
 *       {@code signing_key}, {@code encryption_key}, {@code auth_key}, {@code app_key}, {@code license_key},
 *       {@code credential(s)} or {@code GenieKey} — as a whole word or as the last part of
 *       {@code snake_case}, {@code kebab-case}, {@code dotted.names} or {@code camelCase} ({@code client_secret},
 *       {@code AWS_SECRET_ACCESS_KEY}, {@code accessToken}, {@code X-Api-Key}, {@code channel.service_key}) —
 *       followed by {@code =}, {@code :} or {@code =>}, in prose, {@code key=value}, YAML, JSON and JSON that was
 *       escaped into a string ({@code \"password\":\"…\"}). The value is redacted up to its closing quote, or
 *       when unquoted up to white space or punctuation; {@code null}, {@code true}, {@code false}, empty values and
 *       objects are left alone;</li>
 *   <li>32-hex-digit keys (PagerDuty integration and routing keys) after {@code :} or {@code =}, unless the key
 *       name says it is an id, a dedup key or a hash ({@code incident_key}, {@code alert_key}, {@code alias},
 *       {@code *_id}, {@code md5}, {@code checksum}, …);</li>
 *   <li>tokens after an authentication scheme in prose: {@code Bearer}, {@code GenieKey}, {@code SSWS},
 *       {@code Basic} followed by at least 12 token characters including a digit;</li>
 *   <li>JSON Web Tokens ({@code eyJ….….…});</li>
 *   <li>tokens with a vendor's shape: AWS access key ids ({@code AKIA…}, {@code ASIA…} and the other
 *       four-letter prefixes), GitHub ({@code ghp_ gho_ ghu_ ghs_ ghr_ github_pat_}), GitLab ({@code glpat-}),
 *       Slack ({@code xoxa- xoxb- xoxp- xoxo- xoxs- xoxr- xoxe- xapp-}), Stripe ({@code sk_live_}, {@code rk_test_}…),
 *       Google API keys ({@code AIza…}), npm ({@code npm_…}) and SendGrid ({@code SG.….…}).</li>
 * </ol>
 * A bare AWS secret access key (40 characters of base64) is only caught after its name (it is
 * indistinguishable from a Git commit id or a hash otherwise), and a bare 32-hex key only after a separator.
 * Ordinary words stay: "password reset page returns 500", "token bucket rate limiter" and
 * "api_key rotation failed" have no value after a separator, so nothing is redacted.
 */
public final class SecretRedactor {

    /** What a secret is replaced with. */
    public static final String REDACTED = "[REDACTED]";

    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?"
                    + "(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|\\z)");
    private static final Pattern URL_PATH_SECRETS = Pattern.compile(
            "(?i)(hooks\\.slack\\.com/(?:services|workflows|triggers)/)[a-z0-9/_-]+"
                    + "|(/integration/)[a-z0-9]{32}(?![a-z0-9])");
    private static final Pattern URL_PARAMETERS = Pattern.compile(
            "(?i)([?&;](?:access_token|token|api_key|apikey|key|secret|client_secret|password|sig|signature|auth"
                    + "|x-amz-signature|x-amz-credential|x-amz-security-token)=)[^&#\\s\"'<>\\\\]+");
    private static final Pattern SCHEME_TOKEN = Pattern.compile(
            "(?i)\\b(bearer|geniekey|ssws|basic)\\s+([a-z0-9._~+/_-]{12,}=*)");
    private static final Pattern JWT = Pattern.compile(
            "\\beyJ[A-Za-z0-9_-]{6,}\\.[A-Za-z0-9_-]{6,}(?:\\.[A-Za-z0-9_-]*)?");
    private static final Pattern AWS_KEY_ID = Pattern.compile(
            "\\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|ASCA)[A-Z0-9]{16}\\b");
    private static final Pattern VENDOR_TOKENS = Pattern.compile(
            "\\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\\b"
                    + "|\\bgithub_pat_[A-Za-z0-9_]{22,255}"
                    + "|\\bglpat-[A-Za-z0-9_-]{20,}"
                    + "|\\bxox[abposre]-[A-Za-z0-9-]{10,}"
                    + "|\\bxapp-[A-Za-z0-9-]{10,}"
                    + "|\\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,}"
                    + "|\\bAIza[0-9A-Za-z_-]{35}"
                    + "|\\bnpm_[A-Za-z0-9]{36}\\b"
                    + "|\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
    /** Literal parts of {@link #VENDOR_TOKENS}: the pattern only runs on a text that holds one. */
    private static final String[] VENDOR_MARKERS = {"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_",
        "glpat-", "xox", "xapp-", "k_live_", "k_test_", "AIza", "npm_", "SG."};
    private static final int AWS_KEY_ID_LENGTH = 20;
    private static final int SHORTEST_TOKEN_USER = 16;

    /** The text with every secret it holds replaced by {@value #REDACTED}; null stays null. */
    public String redact(String text) {
        if (text == null || text.length() < 8) {
            return text;
        }
        // One scan says which rules could match at all; a rule that changed the text has it scanned again.
        String t = text;
        RedactionClues clues = RedactionClues.of(t, AWS_KEY_ID_LENGTH);
        if (clues.privateKey() && t.contains("-----BEGIN")) {
            t = PRIVATE_KEY.matcher(t).replaceAll(REDACTED);
            clues = cluesOf(t, text, clues);
        }
        if (clues.urlCredentials() && t.contains("://")) {
            String before = t;
            t = redactUrlCredentials(t);
            clues = cluesOf(t, before, clues);
        }
        if (clues.urlPathSecret() && (t.contains("hooks.slack.com") || t.contains("/integration/"))) {
            String before = t;
            t = replaceKeepingPrefix(URL_PATH_SECRETS, t);
            clues = cluesOf(t, before, clues);
        }
        if (clues.urlParameter()) {
            String before = t;
            t = URL_PARAMETERS.matcher(t).replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
            clues = cluesOf(t, before, clues);
        }
        if (clues.keyedSecret()) {
            String before = t;
            t = KeyedSecrets.redact(t);
            clues = cluesOf(t, before, clues);
        }
        if (clues.schemeToken()) {
            String before = t;
            t = redactSchemeTokens(t);
            clues = cluesOf(t, before, clues);
        }
        if (clues.jwt() && t.contains("eyJ")) {
            String before = t;
            t = JWT.matcher(t).replaceAll(Matcher.quoteReplacement(REDACTED));
            clues = cluesOf(t, before, clues);
        }
        if (clues.upperAlnumRun()) {
            String before = t;
            t = AWS_KEY_ID.matcher(t).replaceAll(Matcher.quoteReplacement(REDACTED));
            clues = cluesOf(t, before, clues);
        }
        if (clues.vendorToken() && containsAny(t, VENDOR_MARKERS)) {
            t = VENDOR_TOKENS.matcher(t).replaceAll(Matcher.quoteReplacement(REDACTED));
        }
        return t;
    }

    /**
     * {@code scheme://user:password@host} and {@code scheme://<token>@host}: the user information is redacted,
     * the scheme and host stay. A user name alone (no password, shorter than {@value #SHORTEST_TOKEN_USER}
     * characters) is no secret.
     */
    private static String redactUrlCredentials(String text) {
        StringBuilder out = null;
        int last = 0;
        int from = 0;
        int scheme;
        while ((scheme = text.indexOf("://", from)) >= 0) {
            int start = scheme + 3;
            int end = start;
            int at = -1;
            boolean colon = false;
            while (end < text.length() && !endsAuthority(text.charAt(end))) {
                if (text.charAt(end) == '@') {
                    at = end;
                } else if (text.charAt(end) == ':' && at < 0) {
                    colon = true;
                }
                end++;
            }
            from = end;
            if (at <= start || (!colon && at - start < SHORTEST_TOKEN_USER)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, start).append(REDACTED);
            last = at;
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static boolean endsAuthority(char c) {
        return c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\'
                || Character.isWhitespace(c);
    }

    /** The clues of {@code t}: those of {@code before} when a rule left the text as it was. */
    private static RedactionClues cluesOf(String t, String before, RedactionClues clues) {
        return t.equals(before) ? clues : RedactionClues.of(t, AWS_KEY_ID_LENGTH);
    }

    private static boolean containsAny(String text, String[] markers) {
        for (String marker : markers) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static String replaceKeepingPrefix(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            String prefix = m.group(1) != null ? m.group(1) : m.group(2);
            out.append(text, last, m.start()).append(prefix).append(REDACTED);
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    private static String redactSchemeTokens(String text) {
        Matcher m = SCHEME_TOKEN.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            if (m.group(2).chars().noneMatch(Character::isDigit)) {
                continue; // "Bearer authentication", "basic troubleshooting": words, not tokens
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start(2)).append(REDACTED);
            last = m.end(2);
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }
}
