package dev.opshistory.analytics.rootcause;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alert names written as one CamelCase word, as Prometheus rules and many monitors name them
 * ({@code HostOutOfMemory}, {@code PostgresqlTooManyConnections}, {@code NodeFilesystemSpaceFillingUp}), are read as
 * the words they are made of ("Host Out Of Memory"), so that the root-cause terms ("out of memory", "too many
 * connections") find them; written as one token, no term matched and every such alert was UNKNOWN. Only a token of
 * three words or more is split: brands and products written in two ({@code GitHub}, {@code PostgreSQL},
 * {@code DevOps}) stay whole.
 */
final class AlertNameWords {

    /** A token of letters and digits with a lower-case letter followed by a capital: a candidate name. */
    private static final Pattern CAMEL_TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]*\\p{Ll}\\p{Lu})[\\p{L}\\p{N}]+");
    /**
     * Where a word ends inside such a token: a lower-case letter or a digit before a capital ("Out|Of"), a capital
     * before a capital and a lower-case letter ("SSL|Cert"), a letter before a digit and a digit before a letter
     * ("In|24|Hours").
     */
    private static final Pattern WORD_END = Pattern.compile(
            "(?<=[\\p{Ll}\\p{N}])(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})");
    private static final int FEWEST_WORDS = 3;

    private AlertNameWords() {
    }

    /** {@code text} with each CamelCase name of three words or more written as its words; null stays null. */
    static String spelledOut(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher token = CAMEL_TOKEN.matcher(text);
        if (!token.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int last = 0;
        do {
            String[] words = WORD_END.split(token.group());
            if (words.length >= FEWEST_WORDS) {
                out.append(text, last, token.start()).append(String.join(" ", words));
                last = token.end();
            }
        } while (token.find());
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }
}
