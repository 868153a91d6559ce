package dev.opshistory.ingest.parse.postmortem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of an incident that its write-up gives as a start and an end field but not as a duration: templates
 * ask for "Start Time:" and "End Time:" (or "Incident start" / "Resolved at") in their metadata block, and many
 * authors fill those and leave "Duration" out. The two moments may be written in full ({@code 2024-03-14 09:12 UTC}),
 * as a day and a clock time ({@code March 14, 2024 9:12 AM PST}) or as a clock time alone ({@code 11:47 UTC}),
 * whose day is the other field's or the document's; an end before its start on the clock crossed midnight.
 *
 * A field that gives both ("Period: March 12th 2014 18:50 UTC to 19:20", "Impact window: 14:02 - 15:40 UTC") and,
 * when nothing else gives the length, a sentence of the summary that does ("Between 03:10 and 04:25 UTC on
 * 2025-10-02, …") are read the same way.
 *
 * <p>Two moments in one time zone, or where only one names a zone, are apart by their clock times (so a zone this
 * class cannot place, "IST", needs no placing); moments in different zones are compared only when both zones are
 * offsets or common abbreviations. A span that is not positive or is longer than {@value #LONGEST_DAYS} days is no
 * incident's length (a mistyped date) and is not given.
 */
final class IncidentSpan {

    private static final int LONGEST_DAYS = 14;
    /** A field holding more is a paragraph about the start, not the start. */
    private static final int LONGEST_FIELD = 120;

    private static final String SUBJECT =
            "(?:(?:incident|outage|impact|issue|problem|event|degradation|downtime|disruption) )";
    private static final String WHEN = "(?: at| on)?(?: (?:date/time|date and time|time|date|timestamp))?";
    private static final String OF_IT = "(?: of (?:the )?(?:incident|outage|impact|issue|problem|disruption))?";
    /** Names of a field that gives the incident's start ("Start Time", "Incident start", "Outage began at"). */
    static final String START_NAMES = SUBJECT + "?(?:start|started|starts|began|begin|beginning)" + WHEN
            + "|(?:start|begin) (?:date/time|date and time|time|timestamp)" + OF_IT
            + "|time (?:started|of (?:the )?(?:incident|outage|impact))|(?:first|initial) impact";
    /** Names of a field that gives its end ("End Time", "Resolved at", "Service restored"). */
    static final String END_NAMES = SUBJECT + "?(?:end|ended|ends|resolved)" + WHEN
            + "|(?:" + SUBJECT + "|service )(?:recovered|restored|mitigated|fixed|closed)" + WHEN
            + "|(?:end|resolution|resolved|recovery|restoration|mitigation) (?:date/time|date and time|time|timestamp)"
            + OF_IT
            + "|time (?:resolved|ended|restored|recovered)|full recovery(?: at| on)?";
    /** Names of a field that gives both ("Period: March 12th 2014 18:50 UTC to 19:20", "Impact window: 14:02–15:40"). */
    static final String WINDOW_NAMES = SUBJECT + "?(?:period|window|time ?frame|time range|timespan)"
            + "|(?:incident|outage|impact|downtime) time";
    private static final Pattern START = Pattern.compile(START_NAMES);
    private static final Pattern END = Pattern.compile(END_NAMES);
    private static final Pattern WINDOW = Pattern.compile(WINDOW_NAMES);

    /**
     * A field's value that is a range: "March 12th 2014 18:50 UTC to 19:20 (30 minutes)", "from 14:02 until 15:40",
     * "02:00–02:08 CET" (a dash without spaces only between clock times: a date's dashes are no range).
     */
    private static final Pattern RANGE_VALUE = Pattern.compile("(?i)^\\s*(?:from |between )?([^\\n]{4,45}?)"
            + "\\s*(?:\\s(?:to|until|till|through|and|[-–—])\\s|[~〜～]|から|(?<=\\d:\\d\\d)\\s?[-–—]\\s?(?=\\d{1,2}:\\d\\d))"
            + "\\s*([^\\n(]{3,45}?)\\s*(?:まで)?(?:\\(.*)?$");

    /** The weekday Japanese writes after a day, "6月27日(水)": nothing a moment needs. */
    private static final Pattern JAPANESE_WEEKDAY = Pattern.compile("[(（][月火水木金土日][)）]");

    /** "between X and Y", "from X to/until Y": each end up to a few words, within one sentence. */
    private static final Pattern RANGE = Pattern.compile("(?i)\\b(?:between|from)\\s+"
            + "(?:approximately |about |around |roughly |~)?([^.;!?\\n]{4,45}?)\\s+(?:and|to|until|till|through)\\s+(?:approximately |about |around |roughly |~)?"
            + "([^;!?\\n]{4,45}?)(?=[,;!?]|\\.(?:\\s|$)|\\s+(?:when|while|as|during|the|we|our|users?|customers?|all)\\b|$)");
    /**
     * "The downtime started at 4:29PM AEST and ended at 7:27PM AEST": a start and an end said of the outage (not of a
     * deploy or a job: "The deploy started at 14:00 and finished at 14:05").
     */
    private static final Pattern STARTED_AND_ENDED = Pattern.compile("(?i)\\b(?:outage|downtime|disruption|interruption"
            + "|degradation|incident|problem|issue|errors|failures?|impact)s?\\s+(?:started|began|begun|commenced)\\s+(?:at|on)\\s+"
            + "(?:approximately |about |around |roughly |~)?([^.;!?\\n]{3,45}?)\\s+and\\s+(?:was\\s+)?(?:ended|finished|stopped"
            + "|resolved|recovered|was over)\\s+(?:at|on|by)\\s+(?:approximately |about |around |roughly |~)?"
            + "([^;!?\\n]{3,45}?)(?=[,;!?]|\\.(?:\\s|$)|$)");
    private static final List<Pattern> SPANS_IN_PROSE = List.of(RANGE, STARTED_AND_ENDED);
    private static final Pattern CLOCK = Pattern.compile(
            "(?<![\\d:.])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d{1,9})?(?:\\s*([ap])(?:\\.?m\\b\\.?|(?<=\\d[ap])(?![a-z\\d])))?"
                    + "|(?<![\\d:.])(\\d{1,2})\\s*([ap])\\.?m\\b\\.?"
                    // as Japanese writes a time: "3時28分", "22時"
                    + "|(?<!\\d)(\\d{1,2})時(?:(\\d{1,2})分)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZONE = Pattern.compile(
            "^\\s*\\(?((?:UTC|GMT)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|Z\\b|[A-Z]{2,5}\\b)");
    /** Abbreviations common in write-ups that name one offset; others ("IST", "CST" in China) are not placed. */
    private static final Map<String, ZoneOffset> ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("EEST", ZoneOffset.ofHours(3)),
            Map.entry("JST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)),
            Map.entry("AEDT", ZoneOffset.ofHours(11)));
    /** Words after a clock time that are not a zone. */
    private static final Pattern NOT_A_ZONE = Pattern.compile("AM|PM|ON|AT|TO|AND|THE|OF|IN|BY");

    private IncidentSpan() {
    }

    /**
     * The span of the document's start and end fields as a duration in words with the two moments, e.g.
     * "2 hours 35 minutes (2024-03-14T09:12 to 2024-03-14T11:47 UTC)"; empty when the document has not both or they
     * make no span.
     *
     * @param sections every section of the document
     * @param day      the document's date, for clock times written without a day; may be null
     */
    static Optional<String> of(List<Section> sections, PostmortemDate day) {
        Moment start = null;
        Moment end = null;
        for (Section section : sections) {
            String name = SectionNames.normalise(section.heading());
            if (WINDOW.matcher(name).matches()) {
                Optional<String> window = window(SectionContent.text(section), documentDay(day));
                if (window.isPresent()) {
                    return window;
                }
                continue;
            }
            boolean isStart = START.matcher(name).matches();
            if (!isStart && !END.matcher(name).matches()) {
                continue;
            }
            String text = SectionContent.text(section);
            if (text == null || text.length() > LONGEST_FIELD) {
                continue;
            }
            Optional<Moment> moment = Moment.read(text);
            if (isStart && start == null) {
                start = moment.orElse(null);
            } else if (!isStart && end == null) {
                end = moment.orElse(null);
            }
        }
        if (start == null || end == null) {
            return Optional.empty();
        }
        return span(start, end, documentDay(day));
    }

    private static LocalDate documentDay(PostmortemDate day) {
        return day == null ? null : LocalDate.parse(day.date());
    }

    /**
     * The span a date field gives when it is a range of two moments ("発生日時 2017年11月15日 17:28 ~ 20:28",
     * "Date: 2024-03-01 14:02 – 15:40 UTC"); empty when it is a day.
     */
    static Optional<String> ofDateField(String text, PostmortemDate day) {
        return window(text, documentDay(day));
    }

    /** The span a window field's value gives as a range of two moments. */
    private static Optional<String> window(String text, LocalDate documentDay) {
        Matcher range = text == null || text.length() > LONGEST_FIELD ? null
                : RANGE_VALUE.matcher(JAPANESE_WEEKDAY.matcher(text.strip()).replaceAll(""));
        return range != null && range.matches() ? spanOf(range, documentDay) : Optional.empty();
    }

    /** The span between the moments a range's two groups write, when both are moments. */
    private static Optional<String> spanOf(Matcher range, LocalDate documentDay) {
        Optional<Moment> start = Moment.read(range.group(1));
        Optional<Moment> end = Moment.read(range.group(2));
        return start.isPresent() && end.isPresent() ? span(start.get(), end.get(), documentDay) : Optional.empty();
    }

    /**
     * The span a sentence gives as a range of clock times: "Between approximately 2025-07-30 21:27 UTC and 2025-07-31
     * 07:27 UTC, …", "from 14:00 to 16:10 UTC on June 10, 2024", "The downtime started at 4:29PM AEST and ended at
     * 7:27PM AEST"; the first text that has one wins. Both ends must
     * be clock times ("between March and May" is no span).
     *
     * @param day the document's date, for clock times written without a day; may be null
     */
    static Optional<String> inProse(PostmortemDate day, String... texts) {
        LocalDate documentDay = documentDay(day);
        for (String text : texts) {
            for (Pattern pattern : SPANS_IN_PROSE) {
                Matcher range = text == null ? null : pattern.matcher(text);
                while (range != null && range.find()) {
                    Optional<String> span = spanOf(range, documentDay);
                    if (span.isPresent()) {
                        return span;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The span between two moments written apart, as a status page's first and resolving updates give them
     * ("2025-01-04 9:27a", "Jan 04, 2025 - 16:00 UTC", "08:04").
     *
     * @param day the document's date, for clock times written without a day; may be null
     */
    static Optional<String> between(String start, String end, PostmortemDate day) {
        Optional<Moment> from = Moment.read(start);
        Optional<Moment> to = Moment.read(end);
        return from.isPresent() && to.isPresent() ? span(from.get(), to.get(), documentDay(day)) : Optional.empty();
    }

    private static Optional<String> span(Moment writtenStart, Moment writtenEnd, LocalDate documentDay) {
        Moment start = writtenStart.inYearOf(documentDay);
        Moment end = writtenEnd.inYearOf(documentDay);
        boolean pastMidnight = end.time.isBefore(start.time);
        LocalDate startDay = start.day;
        if (startDay == null) {
            startDay = end.day == null ? documentDay : pastMidnight ? end.day.minusDays(1) : end.day;
        }
        boolean daysKnown = startDay != null;
        if (startDay == null) {
            startDay = LocalDate.EPOCH; // two clock times: only their difference counts
        }
        LocalDate endDay = end.day != null ? end.day : pastMidnight ? startDay.plusDays(1) : startDay;
        LocalDateTime from = startDay.atTime(start.time);
        LocalDateTime to = endDay.atTime(end.time);
        String zone = start.zone != null ? start.zone : end.zone;
        if (start.zone != null && end.zone != null && !start.zone.equals(end.zone)) {
            ZoneOffset a = offsetOf(start.zone);
            ZoneOffset b = offsetOf(end.zone);
            if (a == null || b == null) {
                return Optional.empty();
            }
            from = LocalDateTime.ofInstant(from.toInstant(a), ZoneOffset.UTC);
            to = LocalDateTime.ofInstant(to.toInstant(b), ZoneOffset.UTC);
            zone = "UTC";
        }
        Duration length = Duration.between(from, to);
        if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofDays(LONGEST_DAYS)) > 0) {
            return Optional.empty();
        }
        String moments = daysKnown ? from + " to " + to : start.time + " to " + end.time;
        return Optional.of(MarkdownPostmortemMapper.spoken(length) + " (" + moments + (zone == null ? "" : " " + zone) + ")");
    }

    private static ZoneOffset offsetOf(String zone) {
        ZoneOffset named = ABBREVIATIONS.get(zone);
        if (named != null) {
            return named;
        }
        String offset = zone.replaceFirst("^(UTC|GMT)\\s*", "").replace(" ", "");
        if (!offset.matches("[+-]\\d{1,2}(:?\\d{2})?")) {
            return null;
        }
        String sign = offset.substring(0, 1);
        String digits = offset.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        try {
            return ZoneOffset.ofHoursMinutes(sign.equals("-") ? -hours : hours, sign.equals("-") ? -minutes : minutes);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A moment as a field writes it: a clock time, the day if written, the zone if named. */
    /**
     * @param day      the day written with the time, or null
     * @param monthDay a day written without its year ("from Feb 18 20:00"), or null: the document's year is its year
     */
    private record Moment(LocalDate day, MonthDay monthDay, LocalTime time, String zone) {

        /** The moment with a day written without its year placed in the document's year. */
        Moment inYearOf(LocalDate documentDay) {
            if (day != null || monthDay == null || documentDay == null || !monthDay.isValidYear(documentDay.getYear())) {
                return this;
            }
            return new Moment(monthDay.atYear(documentDay.getYear()), null, time, zone);
        }

        static Optional<Moment> read(String text) {
            Matcher clock = CLOCK.matcher(text);
            if (!clock.find()) {
                return Optional.empty();
            }
            boolean japanese = clock.group(7) != null;
            boolean hourOnly = clock.group(5) != null;
            int hour = Integer.parseInt(japanese ? clock.group(7) : hourOnly ? clock.group(5) : clock.group(1));
            int minute = japanese ? (clock.group(8) == null ? 0 : Integer.parseInt(clock.group(8)))
                    : hourOnly ? 0 : Integer.parseInt(clock.group(2));
            int second = japanese || hourOnly || clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3));
            String half = japanese ? null : hourOnly ? clock.group(6) : clock.group(4);
            if (half != null) {
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
            }
            if (hour > 23 || minute > 59 || second > 59) {
                return Optional.empty();
            }
            LocalDate day = PostmortemDate.find(text).map(d -> LocalDate.parse(d.date())).orElse(null);
            MonthDay monthDay = day != null ? null : PostmortemDate.findMonthDay(text);
            return Optional.of(new Moment(day, monthDay, LocalTime.of(hour, minute, second),
                    zoneAfter(text.substring(clock.end()))));
        }

        private static String zoneAfter(String rest) {
            Matcher zone = ZONE.matcher(rest);
            if (!zone.find()) {
                return null;
            }
            String found = zone.group(1).replace(" ", "");
            if (found.equals("Z") || found.equals("GMT")) {
                return "UTC"; // one zone, however written
            }
            return NOT_A_ZONE.matcher(found.toUpperCase(Locale.ROOT)).matches() ? null : found;
        }
    }
}
