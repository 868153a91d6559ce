package dev.opshistory.ingest.privacy;

/**
 * What one scan of a text tells {@link SecretRedactor} about which of its rules could match: each rule has its own
 * exact test (a {@code contains}, a scan of its own), and most texts are short titles and names where none holds, so
 * running a couple of dozen such tests on every text was most of the redactor's cost (every event has ten-odd texts).
 * Each clue is a necessary condition of a rule's test (the scheme-word clue is the test itself): where a clue is set,
 * the rule's own test still decides, so the redaction is the same as without the clues.
 */
final class RedactionClues {

    // One bit a clue; a character's bits come from a table, so the scan is a look-up and an OR a character.
    private static final int AT = 1;
    private static final int EQUALS = 1 << 1;
    private static final int COLON = 1 << 2;
    private static final int URL_PARAMETER_START = 1 << 3;
    private static final int DASH = 1 << 4;
    private static final int DOT = 1 << 5;
    private static final int SLASH = 1 << 6;
    private static final int CAPITAL_J = 1 << 7;
    private static final int VENDOR_MARKER = 1 << 8;
    private static final int SCHEME_WORD_BEFORE_SPACE = 1 << 9;
    private static final int UPPER_ALNUM_RUN = 1 << 10;
    /** Table bits only: a capital letter or digit, and a character whose clue depends on the one before it. */
    private static final int UPPER_ALNUM = 1 << 11;
    private static final int AFTER_PREVIOUS = 1 << 12;

    private static final int[] CHARACTER_BITS = characterBits();
    /** The scheme words of the scheme-token rule ({@code Bearer <token>}), lower case. */
    private static final String[] SCHEMES = {"bearer", "geniekey", "ssws", "basic"};

    private final int clues;

    private RedactionClues(int clues) {
        this.clues = clues;
    }

    /**
     * The clues of {@code text}; {@code upperAlnumRun} is the length of a run of capital letters and digits that
     * {@link #upperAlnumRun()} asks for.
     */
    static RedactionClues of(String text, int upperAlnumRun) {
        int seen = 0;
        int run = 0;
        char previous = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            int bits = c < CHARACTER_BITS.length ? CHARACTER_BITS[c] : 0;
            seen |= bits;
            run = (bits & UPPER_ALNUM) != 0 ? run + 1 : 0;
            if (run >= upperAlnumRun) {
                seen |= UPPER_ALNUM_RUN;
            }
            if ((bits & AFTER_PREVIOUS) != 0) {
                seen |= afterPrevious(text, i, previous);
            }
            previous = c;
        }
        return new RedactionClues(seen);
    }

    /** The clue of the character at {@code i}, which tells something only with what comes before it. */
    private static int afterPrevious(String text, int i, char previous) {
        return switch (text.charAt(i)) {
            case '_' -> switch (previous) {
                case 'p', 'o', 'u', 's', 'r', 'b', 'k', 'm' -> VENDOR_MARKER; // ghp_ … ghr_, github_, k_live_, npm_
                default -> 0;
            };
            case '-' -> previous == 't' || previous == 'p' ? VENDOR_MARKER : 0; // glpat-, xapp-
            case 'x' -> previous == 'o' ? VENDOR_MARKER : 0; // xox
            case 'z' -> previous == 'I' ? VENDOR_MARKER : 0; // AIza
            case '.' -> previous == 'G' ? VENDOR_MARKER : 0; // SG.
            default -> {
                // white space: every scheme word ends in r, y, s or c, which most words do not
                int last = previous | 0x20;
                yield (last == 'r' || last == 'y' || last == 's' || last == 'c') && schemeWordBefore(text, i)
                        ? SCHEME_WORD_BEFORE_SPACE : 0;
            }
        };
    }

    /**
     * Whether a scheme word starts a word and ends right before the white space at {@code space}: in any mix of
     * ASCII case (the rule's pattern is case-insensitive for ASCII only), where an ASCII letter, digit or '_' before
     * it would fail the pattern's {@code \b}.
     */
    private static boolean schemeWordBefore(String text, int space) {
        for (String scheme : SCHEMES) {
            int start = space - scheme.length();
            if (start >= 0 && asciiLowerCaseEquals(text, start, scheme)
                    && (start == 0 || !isAsciiWordChar(text.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text at {@code from} is {@code word} (lower case ASCII) in any case; compared from its end. */
    private static boolean asciiLowerCaseEquals(String text, int from, String word) {
        for (int k = word.length() - 1; k >= 0; k--) {
            // OR-ing 0x20 lower-cases an ASCII letter; no other character becomes one
            if ((text.charAt(from + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static int[] characterBits() {
        int[] bits = new int[128];
        for (char c = 'A'; c <= 'Z'; c++) {
            bits[c] |= UPPER_ALNUM;
        }
        for (char c = '0'; c <= '9'; c++) {
            bits[c] |= UPPER_ALNUM;
        }
        bits['J'] |= CAPITAL_J;
        bits['@'] |= AT;
        bits['='] |= EQUALS;
        bits[':'] |= COLON;
        bits['?'] |= URL_PARAMETER_START;
        bits['&'] |= URL_PARAMETER_START;
        bits[';'] |= URL_PARAMETER_START;
        bits['-'] |= DASH | AFTER_PREVIOUS;
        bits['.'] |= DOT | AFTER_PREVIOUS;
        bits['/'] |= SLASH;
        bits['_'] |= AFTER_PREVIOUS;
        bits['x'] |= AFTER_PREVIOUS;
        bits['z'] |= AFTER_PREVIOUS;
        for (char c : new char[] {' ', '\t', '\n', 0x0B, '\f', '\r'}) { // \s of a pattern
            bits[c] |= AFTER_PREVIOUS;
        }
        return bits;
    }

    private boolean has(int clue) {
        return (clues & clue) != 0;
    }

    /** A private key block's {@code -----BEGIN} needs a dash. */
    boolean privateKey() {
        return has(DASH);
    }

    /** User information in a URL needs an {@code @}. */
    boolean urlCredentials() {
        return has(AT);
    }

    /** {@code hooks.slack.com} needs a dot, {@code /integration/} a slash. */
    boolean urlPathSecret() {
        return has(DOT | SLASH);
    }

    /** A secret URL parameter needs {@code =} after one of {@code ? & ;}. */
    boolean urlParameter() {
        return has(EQUALS) && has(URL_PARAMETER_START);
    }

    /** A {@code key: value} or {@code key=value} pair needs its separator. */
    boolean keyedSecret() {
        return has(COLON | EQUALS);
    }

    /** Whether a scheme word starts a word and is followed by white space: exact, not only a necessary condition. */
    boolean schemeToken() {
        return has(SCHEME_WORD_BEFORE_SPACE);
    }

    /** A JSON Web Token starts with {@code eyJ}. */
    boolean jwt() {
        return has(CAPITAL_J);
    }

    /** An AWS key id is a run of capital letters and digits. */
    boolean upperAlnumRun() {
        return has(UPPER_ALNUM_RUN);
    }

    /** Every vendor marker has one of a few pairs of characters ({@code p_}, {@code t-}, {@code ox}, {@code Iz}…). */
    boolean vendorToken() {
        return has(VENDOR_MARKER);
    }
}
