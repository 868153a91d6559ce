package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.json.Timestamps;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The date of a postmortem, found in a field's text ({@code 2015-10-21}, {@code 2015-10-21 14:51 UTC},
 * {@code 2015-10-21T14:51:00+02:00}, {@code October 21, 2015}, {@code 21 Oct 2015}, {@code 2015-Oct-21}, {@code 2015/10/21}, and
 * {@code 10/21/2015} or {@code 21.10.2015} where the order shows).
 *
 * <p>{@code date} is the ISO local date as written (the document's own day); {@code instant} is the moment
 * used as the event's {@code created_at}: the written time when there is one, read as UTC when it has no
 * zone (postmortems are written for people, who rarely add one, and the SRE book's own example states its
 * times are UTC), else the start of that day in UTC. A date outside the plausible range of
 * {@link Timestamps} (1990 to 2100) is no date: it is refused like an unreadable one.
 *
 * @param date    ISO {@code yyyy-MM-dd}
 * @param instant UTC
 */
record PostmortemDate(String date, Instant instant) {

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d])(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?(?![\\d])");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    /**
     * Days from one to another with the year written once, at the end: "between December 25th and December 30th, 2022",
     * "March 3-5, 2021", "Dec 28 to Jan 2, 2023". The first is the one meant (when it all started); a month after the
     * second's is in the year before.
     */
    private static final Pattern MONTH_RANGE = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
            + "[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|—|to|and|through|until|till)\\s*(?:(jan|feb|mar|apr|may"
            + "|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    /**
     * The day first: "22 March 2022", "22nd Mar, 2022", and as logs and spreadsheets write it, "22-Mar-2022",
     * "22/Mar/2022".
     */
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|([-/]))(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
                    + "(?:,?\\s+|\\2)(\\d{4})\\b");
    /**
     * Months by their full names in Spanish, Portuguese, French, German, Italian and Dutch, as notices in those
     * languages write a date day first: "6 de enero de 2026", "15 de março de 2024", "3 février 2021", "12. März 2024",
     * "4 maggio 2022", "7 maart 2023" (names English shares, "april", "august", are read by {@link #DAY_FIRST} too).
     */
    private static final Map<String, Integer> LOCAL_MONTHS = localMonths();
    private static final Pattern LOCAL_DAY_FIRST = Pattern.compile("(?iu)(?<![\\d])(\\d{1,2})(?:\\.|º|°|er)?\\s+(?:de\\s+)?("
            + String.join("|", LOCAL_MONTHS.keySet()) + ")\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?![\\d])");
    /** The year first with the month's name: "2025-Feb-07", "2025-DEC-5", "2024 Mar 14". */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?i)(?<![\\d])(\\d{4})[-/ ](jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?[-/ ](\\d{1,2})(?![\\d])");
    /**
     * A numeric date with the year last: 09/25/2020 (the US order) or 25.09.2020 (the European one). Read when one of
     * the first two numbers is over 12, which tells the order, or when dots separate them, two digits each (04.01.2022:
     * day first, as only day-first writers use dots); 03/04/2020 could be either, and a day guessed wrong is worse than a date found
     * elsewhere (the file name, the timeline).
     */
    static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/.-])");
    /** A date as Japanese and Chinese write it: "2021年11月25日". */
    private static final Pattern KANJI = Pattern.compile("(?<![\\d])(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /** A day written without its year: "Feb 18", "February 18th" (not the hour of "Feb 18:00"). */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)");
    /** A timeline entry that opens with a day written without its year: "* March 16, 12:07 PM: …", "- **Feb 3** 09:10". */
    private static final Pattern ENTRY_DAY = Pattern.compile("(?im)^[ \\t]*(?:[-*+][ \\t]+|\\d{1,3}[.)][ \\t]+)?(?:\\*\\*|__)?"
            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)");
    private static final int MONTHS = 12;
    /** Epoch seconds from 2001 on (milliseconds from {@link Timestamps#EPOCH_MILLIS_FLOOR}): a number that can be a moment. */
    private static final long EPOCH_SECONDS_FLOOR = 1_000_000_000L;
    private static final Pattern EPOCH_DIGITS = Pattern.compile("\\d{10}(?:\\d{3})?");
    /**
     * A paragraph or list item opening with "On" (or "During the afternoon of", "In the early morning of"), a weekday perhaps, and
     * then (group 1) what should be a day.
     */
    private static final Pattern OPENING_DAY = Pattern.compile("(?im)^[ \\t]*(?:[-*+•][ \\t]+)?(?:on|(?:during|in) the (?:early |late )?"
            + "(?:morning|afternoon|evening|night) of)\\s+(?:(?:mon|tues|wednes|thurs|fri|satur"
            + "|sun)day,?\\s+)?(?:the\\s+)?(\\S.{0,40})");
    /** Words before a date that make it the document's own date (its edit or publication), in the same clause. */
    private static final Pattern OF_THE_DOCUMENT = Pattern.compile("(?i)\\b(?:modified|updated|edited|published|posted"
            + "|generated|printed|exported|written|created)\\b[^.;\\n]{0,30}$");
    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM").toFormatter(Locale.ENGLISH);

    /** The first day in {@code text} written without its year ("from Feb 18 20:00", "on March 3rd"), or null. */
    static MonthDay findMonthDay(String text) {
        Matcher written = MONTH_DAY.matcher(text);
        return written.find() ? monthDayOf(written) : null;
    }

    /** The day a {@link #MONTH_DAY} match writes, or null when there is none ("Feb 30"). */
    private static MonthDay monthDayOf(Matcher written) {
        try {
            return MonthDay.of(monthNumber(written.group(1)), Integer.parseInt(written.group(2)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The first day {@code text} writes without its year ("Post-Mortem of Connectivity Issues on August 10th"), in the
     * year that puts it on or before {@code notAfter}; empty when it writes none.
     */
    static Optional<PostmortemDate> yearlessDay(String text, PostmortemDate notAfter) {
        MonthDay day = text == null ? null : findMonthDay(text);
        return day == null ? Optional.empty() : Optional.of(inYearBefore(day, notAfter));
    }

    private static PostmortemDate inYearBefore(MonthDay day, PostmortemDate notAfter) {
        LocalDate last = LocalDate.ofInstant(notAfter.instant(), ZoneOffset.UTC);
        LocalDate inYear = day.atYear(last.getYear());
        return startOf(inYear.isAfter(last) ? day.atYear(last.getYear() - 1) : inYear);
    }

    /**
     * The days paragraphs open with, in order ("On April 15, 2026, Inngest experienced …", "On Wednesday, October 15
     * from 05:00 …"): how a write-up starts telling of a day. A day without its year takes the year that puts it on or
     * before {@code notAfter}.
     */
    static List<PostmortemDate> openingDays(String text, PostmortemDate notAfter) {
        List<PostmortemDate> days = new ArrayList<>();
        Matcher opening = OPENING_DAY.matcher(text == null ? "" : text);
        while (opening.find()) {
            String told = opening.group(1);
            PostmortemDate dated = byPosition(told).get(0);
            Matcher written = MONTH_DAY.matcher(told);
            MonthDay day = dated == null && written.lookingAt() ? monthDayOf(written) : null;
            if (dated != null) {
                days.add(dated);
            } else if (day != null) {
                days.add(inYearBefore(day, notAfter));
            }
        }
        return days;
    }

    /** The first date in {@code text}, if any and if plausible. */
    static Optional<PostmortemDate> find(String text) {
        return findAny(text).filter(PostmortemDate::isPlausible);
    }

    /**
     * The date a timeline is about: the first date written on the earliest day with at least half as many
     * entries as its busiest day. A timeline may open with backstory ("2019-03-01 the cluster was provisioned")
     * before the entries of the incident's day; an investigation spread over days starts on its first busy one.
     */
    static Optional<PostmortemDate> busiestDayStart(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return busiestOf(byPosition(text).values());
    }

    /** The first of {@code dates} on the earliest day with at least half as many of them as the day with most. */
    private static Optional<PostmortemDate> busiestOf(Collection<PostmortemDate> dates) {
        Map<String, Long> entriesPerDay = dates.stream()
                .collect(Collectors.groupingBy(PostmortemDate::date, Collectors.counting()));
        long busiest = entriesPerDay.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return dates.stream()
                .filter(d -> 2 * entriesPerDay.get(d.date()) >= busiest)
                .min(Comparator.comparing(PostmortemDate::date));
    }

    /**
     * {@link #busiestDayStart(String)} of a timeline whose entries may open with a day written without its year
     * ("* March 16, 12:07 PM: …", as a blog's timeline dates its entries): such a day takes the year that puts it on or
     * before {@code notAfter}, the day the write-up was published.
     */
    static Optional<PostmortemDate> busiestDayStart(String text, PostmortemDate notAfter) {
        Optional<PostmortemDate> dated = busiestDayStart(text);
        if (dated.isPresent() || text == null) {
            return dated;
        }
        List<PostmortemDate> days = new ArrayList<>();
        Matcher entry = ENTRY_DAY.matcher(text);
        while (entry.find()) {
            MonthDay day = monthDayOf(entry);
            if (day != null) {
                days.add(inYearBefore(day, notAfter));
            }
        }
        return busiestOf(days);
    }

    /**
     * The first date in a text that is not said of the document itself: "last modified on Apr 22, 2024", "Published
     * 2024-05-02", "Created by …, updated 3 May 2024" date the page, not the incident it tells of.
     */
    static Optional<PostmortemDate> findOfIncident(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Map.Entry<Integer, PostmortemDate> date : byPosition(text).entrySet()) {
            String before = text.substring(Math.max(0, date.getKey() - 40), date.getKey());
            if (!OF_THE_DOCUMENT.matcher(before).find()) {
                return Optional.of(date.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether {@code text} writes {@code day} anywhere, in any spelling with its year. */
    static boolean mentions(String text, PostmortemDate day) {
        return text != null && byPosition(text).values().stream().anyMatch(d -> d.date().equals(day.date()));
    }

    /** Every plausible date of a text by where it starts. */
    private static TreeMap<Integer, PostmortemDate> byPosition(String text) {
        TreeMap<Integer, PostmortemDate> byPosition = new TreeMap<>();
        for (Pattern pattern : List.of(ISO, MONTH_RANGE, MONTH_FIRST, YEAR_FIRST, DAY_FIRST, LOCAL_DAY_FIRST, KANJI, NUMERIC)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int at = m.start();
                findAny(m.group()).filter(PostmortemDate::isPlausible).ifPresent(d -> byPosition.putIfAbsent(at, d));
            }
        }
        return byPosition;
    }

    private static Optional<PostmortemDate> findAny(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            try {
                LocalDate day = LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
                if (iso.group(4) == null) {
                    return Optional.of(startOf(day));
                }
                int nanos = iso.group(7) == null ? 0 : Integer.parseInt((iso.group(7) + "000000000").substring(0, 9));
                LocalDateTime local = LocalDateTime.of(day, LocalTime.of(Integer.parseInt(iso.group(4)),
                        Integer.parseInt(iso.group(5)), iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)), nanos));
                String zone = iso.group(8);
                ZoneOffset offset = zone == null || zone.matches("Z|UTC|GMT") ? ZoneOffset.UTC
                        : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
                return Optional.of(new PostmortemDate(day.toString(), local.toInstant(offset)));
            } catch (java.time.DateTimeException | NumberFormatException e) {
                // 2015-13-45 is no date: look for another spelling
            }
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text);
        Matcher range = MONTH_RANGE.matcher(text);
        if (range.find() && (!monthFirst.find() || monthFirst.start() >= range.start())) {
            int year = Integer.parseInt(range.group(5));
            boolean intoNextYear = range.group(3) != null && monthNumber(range.group(1)) > monthNumber(range.group(3));
            return of(Integer.toString(intoNextYear ? year - 1 : year), range.group(1), range.group(2));
        }
        if (monthFirst.find(0)) {
            return of(monthFirst.group(3), monthFirst.group(1), monthFirst.group(2));
        }
        Matcher yearFirst = YEAR_FIRST.matcher(text);
        if (yearFirst.find()) {
            return of(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(text);
        if (dayFirst.find()) {
            return of(dayFirst.group(4), dayFirst.group(3), dayFirst.group(1));
        }
        Matcher local = LOCAL_DAY_FIRST.matcher(text);
        if (local.find()) {
            Optional<PostmortemDate> day = onDay(Integer.parseInt(local.group(3)),
                    LOCAL_MONTHS.get(local.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(local.group(1)));
            if (day.isPresent()) {
                return day;
            }
        }
        Matcher kanji = KANJI.matcher(text);
        if (kanji.find()) {
            Optional<PostmortemDate> day = onDay(Integer.parseInt(kanji.group(1)), Integer.parseInt(kanji.group(2)),
                    Integer.parseInt(kanji.group(3)));
            if (day.isPresent()) {
                return day;
            }
        }
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(3));
            // dots are the day-first writers' (04.01.2022 in German, Dutch, Polish, Russian); US dates take slashes
            boolean dotted = numeric.group(2).equals(".") && numeric.group(1).length() == 2
                    && numeric.group(3).length() == 2; // (not "version 1.2.2020")
            if (first > MONTHS && second > MONTHS || !dotted && first <= MONTHS && second <= MONTHS) {
                continue; // neither is a month, or the order cannot be told
            }
            int year = Integer.parseInt(numeric.group(4));
            Optional<PostmortemDate> day = first > MONTHS || dotted && second <= MONTHS ? onDay(year, second, first)
                    : onDay(year, first, second);
            if (day.isPresent()) {
                return day; // else 02/30/2020: no date
            }
        }
        return Optional.empty();
    }

    /** A date from YAML front matter, which SnakeYAML may already have turned into a {@link Date}. */
    static Optional<PostmortemDate> fromYaml(Object value) {
        if (value instanceof Date date) {
            Instant instant = date.toInstant();
            LocalDate day = instant.atOffset(ZoneOffset.UTC).toLocalDate();
            return Optional.of(new PostmortemDate(day.toString(), instant)).filter(PostmortemDate::isPlausible);
        }
        // a tool's timestamp: epoch milliseconds (1726872333000) or seconds (1726872333); small numbers are no date (a
        // front matter that is not valid YAML is read as flat lines, its numbers as text)
        Long epoch = value instanceof Long || value instanceof Integer ? Long.valueOf(((Number) value).longValue())
                : value instanceof String text && EPOCH_DIGITS.matcher(text.strip()).matches() ? Long.valueOf(text.strip())
                : null;
        if (epoch != null) {
            Instant instant = epoch >= Timestamps.EPOCH_MILLIS_FLOOR ? Instant.ofEpochMilli(epoch)
                    : epoch >= EPOCH_SECONDS_FLOOR ? Instant.ofEpochSecond(epoch) : null;
            return instant == null ? Optional.empty() : Optional.of(new PostmortemDate(
                    instant.atOffset(ZoneOffset.UTC).toLocalDate().toString(), instant)).filter(PostmortemDate::isPlausible);
        }
        return value == null ? Optional.empty() : find(value.toString());
    }

    /** An ISO-8601 timestamp with an offset, as written by {@code inspect} ({@code created_at}), or any date {@link #find} reads. */
    static Optional<PostmortemDate> fromTimestamp(String text) {
        return anyFromTimestamp(text).filter(PostmortemDate::isPlausible);
    }

    /** Why {@link #fromTimestamp} read no date from {@code text}, as a reject reason. */
    static String problem(String text) {
        return anyFromTimestamp(text).isPresent() || Timestamps.isOutOfRange(text)
                ? "date '" + text + "' is outside the plausible range " + Timestamps.EARLIEST + " to " + Timestamps.LATEST
                : "unparseable date '" + text + "' (expected an ISO-8601 date or timestamp)";
    }

    private static Optional<PostmortemDate> anyFromTimestamp(String text) {
        try {
            Instant instant = OffsetDateTime.parse(text.strip()).toInstant();
            return Optional.of(new PostmortemDate(instant.atOffset(ZoneOffset.UTC).toLocalDate().toString(), instant));
        } catch (DateTimeParseException e) {
            return findAny(text);
        } catch (DateTimeException e) {
            return Optional.empty(); // parsed, but outside the range of dates java.time can place in UTC
        }
    }

    private boolean isPlausible() {
        return Timestamps.isPlausible(instant);
    }

    /** The month a name or abbreviation names ("Feb", "february", "Sept."). */
    /** The start of the day before this one. */
    PostmortemDate dayBefore() {
        return startOf(LocalDate.parse(date).minusDays(1));
    }

    private static Map<String, Integer> localMonths() {
        String[][] names = {
                {"enero", "janeiro", "janvier", "januar", "gennaio", "januari"},
                {"febrero", "fevereiro", "février", "fevrier", "februar", "febbraio", "februari"},
                {"marzo", "março", "marco", "mars", "märz", "maerz", "maart"},
                {"abril", "avril", "aprile"},
                {"mayo", "maio", "mai", "maggio", "mei"},
                {"junio", "junho", "juin", "juni", "giugno"},
                {"julio", "julho", "juillet", "juli", "luglio"},
                {"agosto", "août", "aout", "augustus"},
                {"septiembre", "setiembre", "setembro", "septembre", "settembre"},
                {"octubre", "outubro", "octobre", "oktober", "ottobre"},
                {"noviembre", "novembro", "novembre"},
                {"diciembre", "dezembro", "décembre", "decembre", "dezember", "dicembre"}};
        Map<String, Integer> months = new java.util.LinkedHashMap<>();
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                months.put(name, month + 1);
            }
        }
        return Map.copyOf(months);
    }

    private static int monthNumber(String name) {
        return MONTH.parse(name.substring(0, 3)).get(java.time.temporal.ChronoField.MONTH_OF_YEAR);
    }

    private static PostmortemDate startOf(LocalDate day) {
        return new PostmortemDate(day.toString(), day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static Optional<PostmortemDate> of(String year, String month, String day) {
        try {
            return onDay(Integer.parseInt(year), monthNumber(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The start of a day given by its numbers, or empty when they make none (2021-13-01, 02/30). */
    private static Optional<PostmortemDate> onDay(int year, int month, int day) {
        try {
            return Optional.of(startOf(LocalDate.of(year, month, day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
