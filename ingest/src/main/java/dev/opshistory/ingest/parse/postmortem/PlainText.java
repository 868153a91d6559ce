package dev.opshistory.ingest.parse.postmortem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text as Markdown: the marks a plain text lacks are added where its layout shows them. A short line of its
 * own that names a postmortem section ({@link SectionNames}) becomes a level-two heading; the first line becomes
 * the title (level one) unless it names a section, gives a field named as one ({@code Date: 2024-03-02}; a title
 * such as "Postmortem: checkout outage" stays a title), opens front matter, is an item of a list or a sentence of
 * prose (the document then opens with its account, and is titled by its file's name), or is already a heading. Everything else is kept as written: lists, {@code Field: value} lines and paragraphs are
 * read by the Markdown reader as they are.
 */
final class PlainText {

    /** Longer lines are sentences, not headings. */
    private static final int LONGEST_HEADING = 60;
    /** How many short lines a saved page may show above its headline: a section's name, a reading time, a date. */
    private static final int LINES_ABOVE_HEADLINE = 2;
    /** Longer lines below the first are the account's sentences, not its headline. */
    private static final int LONGEST_HEADLINE = 120;
    /** Longer first lines are a paragraph, not a title. */
    private static final int LONGEST_TITLE = 200;
    /** More words, ending in a full stop, are a sentence: "This morning, our primary datacenter lost its …". */
    private static final int LONGEST_TITLE_WORDS = 12;
    /** A month's name after a day's number, as German and Nordic dates write it ("12. März 2024"): no list item. */
    private static final String MONTH = "(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)";
    /** A line that is an item of a list: a bullet ("•", "-", "*", "–") or a number ("1.", "2)") before its text. */
    private static final Pattern LIST_ITEM = Pattern.compile("(?iu)^(?:[•●▪◦‣\\-*+–—]|\\d{1,2}[.)](?!\\s+" + MONTH + "))\\s+");
    private static final Pattern LABEL = Pattern.compile("^([^:]{1,60}):\\s");
    /** What a date and its time are written with: numbers, marks, months, weekdays, clock words. */
    private static final Pattern DATE_WORDS = Pattern.compile("(?iu)[\\p{N}\\p{P}\\p{Z}\\s年月日時分]|\\b(?:[ap]\\.?m\\.?|utc|gmt|uhr"
            + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b");
    /** A line that underlines the one above it: "=====", "-----", "~~~~~". */
    private static final Pattern UNDERLINE = Pattern.compile("[=\\-~_*#]{3,}");

    private PlainText() {
    }

    static String asMarkdown(String text) {
        return asMarkdown(text, null);
    }

    /**
     * The text as Markdown under the title given apart from it (an e-mail's subject, {@link MailHeaders}); with none,
     * the text's own title line is found as {@link #asMarkdown(String)} says.
     */
    static String asMarkdown(String text, String givenTitle) {
        if (WikiMarkup.isWiki(text)) {
            // pasted from Jira or Confluence's wiki editor: its marks say it all
            return givenTitle == null ? WikiMarkup.asMarkdown(text) : "# " + givenTitle + "\n\n" + WikiMarkup.asMarkdown(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        String[] lines = text.split("\\R", -1);
        int title = givenTitle == null ? titleLine(lines) : -1;
        if (givenTitle != null) {
            out.append("# ").append(givenTitle).append("\n\n");
        } else if (title >= 0) {
            out.append("# ").append(lines[title].strip()).append('\n');
        }
        boolean afterHeading = false;
        for (int i = 0; i < lines.length; i++) {
            if (i == title) {
                afterHeading = true;
                continue;
            }
            String t = lines[i].strip();
            if (afterHeading && UNDERLINE.matcher(t).matches()) {
                afterHeading = false;
                continue; // the heading's underline ("Root Cause" over "=========="), which the heading mark replaces
            }
            afterHeading = isHeading(t);
            out.append(afterHeading ? "## " + t : lines[i]).append('\n');
        }
        return out.toString();
    }

    /**
     * The line that titles the text: its first, when that is a title ({@link #isTitle}); but a page saved as text
     * often opens with its site's words above the headline ("News", "2 Minuten Lesezeit", the day it was posted), so
     * a title-like line among the next few that names an outage ("Informationen zur Störung des upTUdate Services")
     * titles it when the first names none. -1 when no line does.
     */
    private static int titleLine(String[] lines) {
        int first = -1;
        int seen = 0;
        for (int i = 0; i < lines.length && seen < LINES_ABOVE_HEADLINE + 1; i++) {
            String t = lines[i].strip();
            if (t.isEmpty()) {
                continue;
            }
            if (first < 0 && isOnlyADate(t)) {
                continue; // the day the page was posted, above its headline
            }
            if (first < 0) {
                first = i;
                if (!isTitle(t) || IncidentWording.namesAnOutage(t)) {
                    break;
                }
            } else if (isTitle(t) && t.length() <= LONGEST_HEADLINE && IncidentWording.namesAnOutage(t)) {
                return i;
            }
            seen++;
        }
        return first >= 0 && isTitle(lines[first].strip()) ? first : -1;
    }

    /**
     * Whether a first line is a title: not a heading, front matter, a section's name or a field named as a section,
     * and not longer than a title. Also asked of a Word document's first bold paragraph ({@link WordDocument}).
     */
    static boolean isTitle(String line) {
        Matcher label = LABEL.matcher(line);
        boolean field = label.find() && SectionNames.kindOf(label.group(1)).isPresent();
        return line.length() <= LONGEST_TITLE && !line.startsWith("#") && !line.startsWith("---") && !field
                && SectionNames.kindOf(line).isEmpty() && !LIST_ITEM.matcher(line).lookingAt() && !isSentence(line);
    }

    /** Whether a line gives a date and nothing else: "2013年12月24日 5:14 PM", "Tuesday, March 3, 2020". */
    static boolean isOnlyADate(String line) {
        return PostmortemDate.find(line).isPresent() && DATE_WORDS.matcher(line).replaceAll("").isEmpty();
    }

    /** Whether a line reads as a sentence of prose: a full stop after more words than a title has. */
    private static boolean isSentence(String line) {
        return line.endsWith(".") && line.split("\\s+").length > LONGEST_TITLE_WORDS;
    }

    private static boolean isHeading(String line) {
        return !line.isEmpty() && line.length() <= LONGEST_HEADING && !line.startsWith("#")
                && !line.endsWith(".") && SectionNames.kindOf(line).isPresent();
    }
}
