package dev.opshistory.ingest.parse.postmortem;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an incident lasted, as a write-up without a duration field tells it in its summary or impact: "the site
 * was unavailable for 12 minutes", "this effect lasted approximately nine hours", "a 47 minute period during which
 * nothing could merge". Only a length said of the outage itself counts (after "lasted", or "down/unavailable/failed…
 * for", or as "an outage/period of"), not any number of minutes in the text ("we waited 5 minutes before paging").
 * Written back as digits ("about 9 hours"), as duration fields are read. Spanish, Portuguese, German, French and
 * Russian prose is read the same way ("estuvo caído durante 45 minutos", "war für etwa 2 Stunden nicht erreichbar",
 * "недоступен ~5 минут") and written back in English.
 */
final class ProseDuration {

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty-five", 45), Map.entry("ninety", 90));
    private static final String NUMBER = "(\\d{1,4}(?:\\.\\d+)?|" + String.join("|", WORDS.keySet().stream()
            .sorted((x, y) -> y.length() - x.length()).toList()) + ")";
    /** A unit, written out or short ("40min", "1h50m": an "h" straight before its minutes). */
    private static final String UNIT = "((?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|h)(?:\\b|(?=\\d{1,2}m\\b)))";
    /** Before the length: how exact it is, or the range whose upper end it is ("between 30 and 40 minutes"). */
    private static final String ROUGHLY = "(about |approximately |roughly |around |nearly |almost |over |just over "
            + "|just under |under |at least |more than |~ ?|between \\d{1,4} and |\\d{1,4} ?(?:-|–|to) ?)?";
    private static final String STATE = "(?:down|unavailable|unusable|degraded|offline|interrupted|impaired|broken|failing|failed"
            + "|impacted|affected|delayed|stalled|inaccessible|unreachable|disrupted|errors?|slow|halted|stopped|stuck"
            + "|crashing|crashed|flapping|blocked)";
    /** A second unit after the first: "4 hours and 38 minutes", "2h 30m" (in brackets too: "(about 2h 15m)"). */
    private static final String SECOND_UNIT = "(?:and\\s+|,\\s*)?(\\d{1,4})\\s*(minutes?|mins?|m|seconds?|secs?|s)\\b";
    private static final Pattern AND_MORE = Pattern.compile("(?i)^\\s*" + SECOND_UNIT);
    private static final List<Pattern> SAID_OF_THE_OUTAGE = List.of(
            // "lasted approximately nine hours", "lasted for at least seven hours", "was unavailable for 12 minutes",
            // "an outage of 3 hours"
            // (an aside in brackets between: "inaccessible (returning a 500 error) to all users for 13 minutes")
            Pattern.compile("(?i)\\b(?:(?:lasted|lasting)(?:\\s+for)?|" + STATE + "(?:\\s+\\([^()\\n]{1,60}\\))?(?:\\s+[\\w'-]+){0,4}?\\s+for|(?:outage|downtime"
                    + "|disruption|interruption|period|window|impact) of"
                    // "the problem was around for roughly 16 hours"
                    + "|(?:problem|issue|outage|incident|disruption)s?\\s+(?:was|were)\\s+(?:around|ongoing|present|active)\\s+for)"
                    + "\\s+" + ROUGHLY + NUMBER + "\\s*" + UNIT),
            // "22 hours of downtime", "40min of total outage", "~2 hours downtime", "downtime for ~4 hours"
            Pattern.compile("(?i)(?<![\\w~])" + ROUGHLY + NUMBER + "\\s*" + UNIT + "\\s+(?:of\\s+)?(?:total |complete |full |partial )?"
                    + "(?:downtime|outage|disruption|degradation)"),
            // "unavailability for approximately 24 hours"
            Pattern.compile("(?i)\\b(?:downtime|outage|unavailability)\\s+(?:of|for)\\s+" + ROUGHLY + NUMBER + "\\s*"
                    + UNIT),
            // "It took nearly five hours before service was fully restored", "took 40 minutes to restore the site"
            Pattern.compile("(?i)\\b(?:took|taking)\\s+" + ROUGHLY + NUMBER + "\\s*" + UNIT + "\\s+(?:before|until|to)\\s+"
                    + "(?:[\\w'-]+\\s+){0,4}?(?:(?:was|were|is|are|had been|been)\\s+)?(?:fully\\s+|completely\\s+)?"
                    + "(?:restored?|recovered|recover|back|resolved|resolve|fixed|fix|up again|online)\\b"),
            // "a 47 minute period", "a two-hour outage", "a 7 minute cascading failure", and as an impact list's item
            // opens ("- 24-hour storage system outage")
            // (words between only before what is an outage: "a 5 minute grace period" is a setting)
            Pattern.compile("(?im)(?:\\b(?:a|an)\\s+|^[ \\t]*(?:[-*+•][ \\t]+)?)" + ROUGHLY + NUMBER + "[- ]" + UNIT
                    + "\\s+(?:period|window|(?:[a-z-]+\\s+){0,2}"
                    + "(?:outage|interruption|incident|downtime|disruption|degradation|failure|halt))\\b"));

    /**
     * Units in Spanish, Portuguese, German, French and Russian, read as {@link #unit} reads them: by the first letters
     * ("minutos", "Stunden", "heures", "часа"). No "m" or "h" alone: in prose they are English.
     */
    private static final String FOREIGN_UNIT = "(segundos?|sekunden?|secondes?|секунд\\p{L}*|minut(?:os?|en?|es?)|min\\."
            + "|мин(?:ут\\p{L}*|\\.)?|horas?|stunden?|std\\.|heures?|час(?:а|ов)?|d[ií]as?|tag(?:e|en)?|jours?|дн(?:я|ей)|день|сутки|суток)"
            + "(?![\\p{L}])";
    private static final String FOREIGN_NUMBER = "(\\d{1,4}(?:[.,]\\d+)?)";
    /** How exact it is: each is written back as "about". */
    private static final String FOREIGN_ROUGHLY = "(~ ?|ca\\. ?|circa |etwa |ungefähr |rund |knapp |aproximadamente |cerca de "
            + "|unos |unas |alrededor de |casi |más de |mais de |quase |por volta de |environ |près de |presque |plus de |около "
            + "|примерно |почти |более |больше |свыше )?";
    private static final String FOREIGN_LENGTH = FOREIGN_ROUGHLY + FOREIGN_NUMBER + "\\s*" + FOREIGN_UNIT;
    /** Down, in Spanish, Portuguese and French ("caído", "fora do ar", "hors service"): a preposition names the length. */
    private static final String ROMANCE_STATE = "(?:ca[ií]d[oa]s?|inaccesibles?|no (?:estuvo |estaba |estaban |fue )?disponibles?"
            + "|fuera de (?:servicio|l[ií]nea)|sin servicio|interrumpid[oa]s?|degradad[oa]s?|inoperativ[oa]s?|fora do ar"
            + "|indispon[ií]ve(?:l|is)|inacess[ií]ve(?:l|is)|parad[oa]s?|interrompid[oa]s?|inoperantes?|indisponibles?"
            + "|inaccessibles?|hors service|hors ligne|en panne|interrompue?s?)";
    /** Down, in Russian ("недоступен", "не работал"): the length follows without a preposition too ("недоступен 5 минут"). */
    private static final String RUSSIAN_STATE = "(?:недоступ(?:ен|на|но|ны)|не работал[аио]?|лежал[аио]?|простаивал[аио]?)";
    private static final List<Pattern> FOREIGN_SAID_OF_THE_OUTAGE = List.of(
            // "estuvo caído durante 45 minutos", "ficou fora do ar por cerca de 2 horas", "indisponible pendant 3 heures",
            // "недоступен ~5 минут", "не работал в течение 2 часов"
            Pattern.compile("(?iu)(?<![\\p{L}])" + ROMANCE_STATE + "(?:\\s+\\([^()\\n]{1,60}\\))?(?:\\s+[\\p{L}'-]+){0,3}?"
                    + "\\s+(?:durante|por|pendant|durant)\\s+" + FOREIGN_LENGTH),
            Pattern.compile("(?iu)(?<![\\p{L}])" + RUSSIAN_STATE + "(?:\\s*\\*\\*)?(?:\\s+(?:в течение|на протяжении|на))?\\s+"
                    + FOREIGN_LENGTH),
            // German names the length before the state: "war für etwa 2 Stunden nicht erreichbar" (and so does the English
            // "17 minutes down" of a terse log)
            Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.,])" + FOREIGN_LENGTH + "(?:\\s+lang)?\\s+(?:nicht (?:erreichbar|verfügbar)"
                    + "|ausgefallen|offline|gestört|unterbrochen|down)(?![\\p{L}])"),
            // lasted: "duró 45 minutos", "durou cerca de 2 horas", "dauerte etwa 3 Stunden", "a duré 2 heures",
            // "длился около 3 часов"
            Pattern.compile("(?iu)(?<![\\p{L}])(?:dur(?:ó|aron|ou|aram)|dauerte|(?:a|ont) duré|длил(?:ся|ась|ось|ись)"
                    + "|продолжал(?:ся|ась|ось|ись))(?:\\s+(?:por|durante|в течение))?\\s+" + FOREIGN_LENGTH),
            // an outage of: "una caída de 2 horas", "indisponibilidade de 40 minutos", "Ausfall von 3 Stunden",
            // "une interruption de 45 minutes", "простой составил 40 минут"
            Pattern.compile("(?iu)(?<![\\p{L}])(?:ca[ií]da|interrupci[oó]n|indisponibilidad|corte|inactividad|queda"
                    + "|interrupção|indisponibilidade|inatividade|ausfall(?:zeit)?|unterbrechung|downtime|panne|interruption"
                    + "|indisponibilité|coupure|простой|недоступность)(?:\\s+(?:de|von|составил[аио]?|в))?\\s+" + FOREIGN_LENGTH),
            // so long of outage: "45 minutos de inactividad", "2 Stunden Ausfall", "3 heures d'indisponibilité",
            // "40 минут простоя"
            Pattern.compile("(?iu)(?<![\\p{L}\\p{N}.,])" + FOREIGN_LENGTH + "\\s+(?:de (?:ca[ií]da|inactividad|interrupci[oó]n|indisponibilidad"
                    + "|indisponibilidade|inatividade|queda|interrupção|panne|coupure)|d'(?:indisponibilité|interruption|arrêt)"
                    + "|(?:ausfall(?:zeit)?|downtime|unterbrechung)|простоя|недоступности)(?![\\p{L}])"));
    /** A second unit after an hour or a day: "2 horas y 15 minutos", "3 Stunden und 20 Minuten", "2 часа 10 минут". */
    private static final Pattern FOREIGN_AND_MORE = Pattern.compile(
            "(?iu)^\\s*(?:(?:y|e|und|et|и)\\s+|,\\s*)?(\\d{1,4})\\s*(minut\\p{L}*|мин\\p{L}*)(?![\\p{L}])");

    /** A length alone in brackets: "(~1.5 hours)", "(90 minutes)", "(about 2h 15m)". */
    private static final Pattern BRACKETED = Pattern.compile("(?i)\\(\\s*" + ROUGHLY + NUMBER + "\\s*" + UNIT
            + "(?=(?:\\s*" + SECOND_UNIT + ")?\\s*\\))");

    private ProseDuration() {
    }

    /** The first length of the outage the texts tell, in order; null when none does. */
    static String find(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (Pattern pattern : SAID_OF_THE_OUTAGE) {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    return written(m, text);
                }
            }
            for (Pattern pattern : FOREIGN_SAID_OF_THE_OUTAGE) {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    return writtenInEnglish(m, text);
                }
            }
        }
        return null;
    }

    /** A length found in another language (groups: roughly, number, unit), written as English ones are. */
    private static String writtenInEnglish(Matcher m, String text) {
        String amount = m.group(2).replace(',', '.');
        String unit = unit(m.group(3));
        String duration = (m.group(1) == null ? "" : "about ") + amount + " " + unit + (amount.equals("1") ? "" : "s");
        Matcher more = FOREIGN_AND_MORE.matcher(text.substring(m.end()));
        if ((unit.equals("hour") || unit.equals("day")) && more.find()) {
            duration += " " + more.group(1) + " minute" + (more.group(1).equals("1") ? "" : "s");
        }
        return duration;
    }

    /**
     * The length a date field gives in brackets after the incident's date or range: "Date: 3 Nov 2016 (~1727) to
     * 3 Nov 2016 (~1900) (~1.5 hours)", "2024-03-14 09:12–10:42 UTC (90 minutes)"; null when it gives none.
     */
    static String bracketed(String dateField) {
        if (dateField == null) {
            return null;
        }
        Matcher m = BRACKETED.matcher(dateField);
        return m.find() ? written(m, dateField) : null;
    }

    /** The length a match found (groups: roughly, number, unit), in digits, with a second unit after it. */
    private static String written(Matcher m, String text) {
        String number = m.group(2).toLowerCase(Locale.ROOT);
        String amount = WORDS.containsKey(number) ? String.valueOf(WORDS.get(number)) : number;
        String unit = unit(m.group(3));
        String roughly = m.group(1) == null ? "" : m.group(1).strip().replace("~", "about");
        roughly = roughly.isEmpty() || roughly.endsWith("-") || roughly.endsWith("–") ? roughly : roughly + " ";
        String duration = roughly + amount + " " + unit + (amount.equals("1") ? "" : "s");
        Matcher more = AND_MORE.matcher(text.substring(m.end()));
        if ((unit.equals("hour") || unit.equals("day")) && more.find()) {
            String second = more.group(2).toLowerCase(Locale.ROOT).startsWith("s") ? "second" : "minute";
            duration += " " + more.group(1) + " " + second + (more.group(1).equals("1") ? "" : "s");
        }
        return duration;
    }

    /** The unit, in English, of a unit written in English or in one of the other languages read. */
    private static String unit(String written) {
        String u = written.toLowerCase(Locale.ROOT);
        if (u.startsWith("sec") || u.startsWith("seg") || u.startsWith("sek") || u.startsWith("сек")) {
            return "second";
        }
        if (u.startsWith("min") || u.startsWith("мин")) {
            return "minute";
        }
        return u.startsWith("h") || u.startsWith("st") || u.startsWith("час") ? "hour" : "day";
    }
}
