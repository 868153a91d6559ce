package dev.opshistory.ingest.parse.postmortem;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether free text reads like an incident write-up: the words people use to tell one (what failed, who was
 * affected, how long, what was rolled back or fixed). Terse write-ups often have no section headings at all
 * ("# Search returns nothing\n\nTuesday's build dropped … Reverted to v2.13 and reindexed."), and a Markdown
 * file among paging exports that tells of an outage is one; a shopping list or a design note tells of none.
 */
final class IncidentWording {

    /** Distinct words (stems) of this list that a write-up needs; one alone is too often incidental. */
    static final int ENOUGH = 2;

    private static final Pattern WORDS = Pattern.compile("\\b(?:"
            + "outages?|incidents?|downtime|degrad\\w*|fail\\w*|errors?|exceptions?|crash\\w*|broke\\w*|broken"
            + "|root cause|caused|customers?|users?|impact\\w*|affected|unavailable|timed out|timeouts?|latency"
            + "|restor\\w*|recover\\w*|resolved|mitigat\\w*|roll(?:ed)? ?back|rollback|revert\\w*|hotfix\\w*"
            + "|redeploy\\w*|restart\\w*|deploy\\w*|release[ds]?|on-?call|paged|pages|alert\\w*|alarm\\w*"
            + "|fix|fixe[ds]|corrected|down|offline|overload\\w*|stuck|noticed|post-?mortem|minutes|hours"
            + "|disrupt\\w*|interrupt\\w*|unresponsive|corrupt\\w*|data loss|lost|attack\\w*|ddos|breach\\w*|leak\\w*"
            + "|compromis\\w*|read-only|blocked)\\b");

    /**
     * Words only an account of an incident uses (not "minutes", "error" or "deploy", which every runbook, design
     * document and meeting note has): two of them distinct make a document with one postmortem section an account.
     */
    private static final Pattern INCIDENT_TERMS = Pattern.compile("(?i)\\b(?:outages?|incidents?|downtime|post-?mortems?"
            + "|root cause|degraded|degradation|unavailable|service disruption)\\b");

    /** Whether a text names at least two distinct {@link #INCIDENT_TERMS}, case and plural aside. */
    static boolean namesAnIncident(String text) {
        Matcher terms = INCIDENT_TERMS.matcher(text);
        Set<String> seen = new HashSet<>();
        while (terms.find()) {
            String term = terms.group().toLowerCase(Locale.ROOT).replace("-", "");
            seen.add(term.endsWith("s") ? term.substring(0, term.length() - 1) : term); // only plurals end so
            if (seen.size() >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title that names an outage ("Outage 😞", "Bloggulus is Down", "Postmortem: search incident"), in English or in
     * the words status notices use in German (compounds too: "Netzwerkstörung", "Stromausfall"), French, Spanish,
     * Italian, Dutch, Polish, Czech, Japanese and Chinese ("Panne", "Caída del servicio", "Awaria", "障害のご報告").
     */
    private static final Pattern OUTAGE_TITLE = Pattern.compile("(?iu)\\b(?:outages?|incidents?|post[-\u2010\u2011 ]?mortems?|downtime"
            + "|(?:is|was|went|goes) down|down for|disruption|service interruption|rca)\\b"
            + "|\\p{L}*(?<!ent)(?:störung(?!sfrei)|ausf[aä]ll(?!sicher))\\p{L}*|\\b(?:pannes?|indisponibilités?|interruptions? de service|caídas?"
            + "|interrupci[oó]n(?:es)? del servicio|incidencias?|disservizio|guasto|interruzione del servizio|uitval"
            + "|awari[aei]|przerw[aye] w działaniu|výpad(?:ek|ku)|havári[ea])\\b|障害|不具合|故障|宕机");
    /** A title of a page about incidents in general, not of one incident. */
    private static final Pattern GUIDE_TITLE = Pattern.compile("(?i)\\b(?:guides?|how to|handbook|polic(?:y|ies)"
            + "|templates?|process|playbooks?|runbooks?|checklists?|documentation|management|response plan|training"
            + "|best practices|faq|vorlage|konzept|leitfaden|anleitung|richtlinie)\\b");
    private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^#{1,2}\\s+(.+)$");
    /** What separates the words of a file's name: "this-mornings-outage", "2019_db_outage", "Outage.Report". */
    private static final Pattern FILE_NAME_SEPARATORS = Pattern.compile("[-_.+]+");

    /**
     * Whether the title of a document converted to Markdown names an outage, as a blog post told in prose names what it
     * tells of ("Outage 😞"); a page about incidents in general ("Incident response guide") does not. The title is the
     * first heading or, in a document without one, the file's name ("this-mornings-outage.txt"), which then titles it.
     */
    static boolean titleNamesAnOutage(String markdown, String fileName) {
        Matcher heading = FIRST_HEADING.matcher(markdown);
        String title = heading.find() ? heading.group(1)
                : FILE_NAME_SEPARATORS.matcher(MarkdownPostmortemMapper.stem(fileName)).replaceAll(" ");
        return namesAnOutage(title);
    }

    /** Whether a Markdown text has a heading of level one or two, which would title it. */
    static boolean hasHeading(String markdown) {
        return FIRST_HEADING.matcher(markdown).find();
    }

    /** Whether a title names an outage, not a page about incidents in general. */
    static boolean namesAnOutage(String title) {
        return OUTAGE_TITLE.matcher(title).find() && !GUIDE_TITLE.matcher(title).find();
    }

    /** Words of prose that make a titled Markdown file a write-up even in words this list lacks. */
    static final int PROSE_WORDS = 25;

    private static final int STEM_LETTERS = 5;
    private static final int REFERENCE_BACKTICKS = 40;
    private static final int REFERENCE_BACKTICKS_PER_KB = 20;
    private static final Pattern TITLE = Pattern.compile("\\A\\s*#\\s+\\S");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    private IncidentWording() {
    }

    /**
     * Whether a Markdown body is a titled account: a {@code # Title} first and at least {@link #PROSE_WORDS}
     * words. Postmortems are told in every vocabulary ("the key was abused and the provider suspended our
     * account"); a Markdown file given to this tool with a title and a paragraph is one far more often than not.
     */
    static boolean isTitledProse(String body) {
        return TITLE.matcher(body).lookingAt() && isProse(body);
    }

    /**
     * Whether a text reads as reference documentation rather than an account: at least {@value #REFERENCE_BACKTICKS}
     * backticks, {@value #REFERENCE_BACKTICKS_PER_KB} or more per 1,000 characters. Field references, file manifests
     * and API notes name fields and paths in code spans line after line (25–62 backticks per 1,000 characters in the
     * vendors' references); write-ups quote a command or a metric now and then (at most 14 backticks in any of the
     * 743 texts of the evaluation set). Their words (incident, resolved, timeout) would make them write-ups otherwise.
     */
    static boolean readsAsReference(String text) {
        long backticks = text.chars().filter(c -> c == '`').count();
        return backticks >= REFERENCE_BACKTICKS && backticks * 1000 >= (long) REFERENCE_BACKTICKS_PER_KB * text.length();
    }

    /** Whether a text has at least {@link #PROSE_WORDS} words. */
    static boolean isProse(String text) {
        Matcher words = WORD.matcher(text);
        int count = 0;
        while (count < PROSE_WORDS && words.find()) {
            count++;
        }
        return count >= PROSE_WORDS;
    }

    /**
     * The incident words in {@code text}, one per stem ("error" and "errors", "deploy" and "deployed" count once:
     * the first spelling found), lower-cased and sorted (for a detection's reason).
     */
    static Set<String> in(String text) {
        Map<String, String> byStem = new HashMap<>();
        Matcher m = WORDS.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            byStem.putIfAbsent(stem(m.group()), m.group());
        }
        return new TreeSet<>(byStem.values());
    }

    /** The first five letters: enough to tell this list's words apart, and to join their inflections. */
    private static String stem(String word) {
        return word.length() <= STEM_LETTERS ? word : word.substring(0, STEM_LETTERS);
    }
}
