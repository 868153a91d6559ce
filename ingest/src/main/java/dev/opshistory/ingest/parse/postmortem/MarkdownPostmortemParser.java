package dev.opshistory.ingest.parse.postmortem;

import dev.opshistory.ingest.parse.Detection;
import dev.opshistory.ingest.parse.ExportParser;
import dev.opshistory.ingest.parse.FileExtension;
import dev.opshistory.ingest.parse.ParseSink;
import dev.opshistory.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Postmortems written in Markdown, in any of the common templates (Google SRE book in ATX or setext
 * headings, the dastergon collection, PagerDuty's outline, Azure, Elastic, Limoncelli, Kehoe) with optional
 * YAML front matter. One file is one postmortem, or one per entry of a file that keeps several ({@link PostmortemLog}):
 * it ends in accepts or in exactly one reject (empty file,
 * binary content, unreadable front matter, file over 32 MiB). Sections are recognised by name and synonym
 * ({@link SectionNames}); see {@link MarkdownPostmortemMapper} for the fields and {@link ActionItemReader}
 * and {@link IncidentRefs} for action items and incident references. Text over 64 KB is cut and the event
 * flagged.
 *
 * <p>Detection, from the first bytes only (which a 10 MB section can fill): a Markdown file (named {@code .md},
 * {@code .markdown}, …, or named without an extension and opening with Markdown headings) with postmortem front matter or at least two of summary, impact, root cause, action
 * items and timeline found anywhere in those bytes (score 90), or with one of them (60), or with none but
 * telling of an incident in its own words ({@link IncidentWording}: a terse write-up, 30; not when it reads as
 * reference documentation, code spans on every line, as vendors' field references do), or with a title and
 * a paragraph (20); other text with at
 * least three of them, or with postmortem front matter and one (70). A README is a postmortem only with sections
 * only incidents have, or postmortem front matter ({@link #readme}).
 */
public final class MarkdownPostmortemParser implements ExportParser {

    public static final String FORMAT = "postmortem-markdown";

    private static final Set<SectionKind> CORE = EnumSet.of(SectionKind.SUMMARY, SectionKind.IMPACT,
            SectionKind.ROOT_CAUSE, SectionKind.ACTION_ITEMS, SectionKind.TIMELINE);
    /** Sections a project's README has too: with no other, a README is not a postmortem. */
    private static final Set<SectionKind> README_SECTIONS = EnumSet.of(SectionKind.SUMMARY, SectionKind.ACTION_ITEMS);
    /** Markdown's extensions, and Quarto's and R Markdown's documents: Markdown under YAML front matter, with code. */
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "qmd",
            "rmd");
    private static final Pattern TEMPLATED_MARKDOWN = Pattern.compile("\\.(?:md|markdown)\\.erb$");
    /** Opens with front matter or an ATX heading ("# Title", not a "#!" shebang) and has a second heading. */
    private static final Pattern HEADED_MARKDOWN = Pattern.compile(
            "\\s*(?:---\\R|#{1,6}[ \\t]+\\S[^\\n]*\\R(?:[^\\n]*\\R)*?#{1,6}[ \\t]+\\S)");

    /** A Markdown file with postmortem sections; every other detection scores lower. */
    private static final int HIGHEST_SCORE = 90;

    private final MarkdownPostmortemMapper mapper = new MarkdownPostmortemMapper();
    private final OutlineReader outlines = new OutlineReader();

    @Override
    public String format() {
        return FORMAT;
    }

    /** Below a PagerDuty CSV with every column (100): such a file's head is not parsed as Markdown. */
    @Override
    public int highestScore() {
        return HIGHEST_SCORE;
    }

    /**
     * Whether text opens as JSON does: an object with a key, or an array of values; or as Python prints a dict, its
     * keys in single quotes (a webhook body a receiver logged with {@code print}). A Markdown file may open with a
     * bracket too: a link ("[Back to index](../README.md)"), a wiki's "[[_TOC_]]" or "[TOC]".
     */
    static boolean looksLikeJson(String start) {
        if (start.startsWith("{")) {
            String rest = start.substring(1).stripLeading();
            return rest.isEmpty() || rest.startsWith("\"") || rest.startsWith("'") || rest.startsWith("}");
        }
        int i = 0;
        while (i < start.length() && (start.charAt(i) == '[' || Character.isWhitespace(start.charAt(i)))) {
            i++;
        }
        if (i == 0) {
            return false;
        }
        if (i == start.length()) {
            return true;
        }
        char next = start.charAt(i);
        return next == '{' || next == '"' || next == ']' || next == '-' || Character.isDigit(next)
                || start.startsWith("true", i) || start.startsWith("false", i) || start.startsWith("null", i);
    }

    /**
     * Named as Markdown: {@code .md} and its variants, Quarto and R Markdown documents ({@code .qmd}, {@code .Rmd}),
     * MDX pages ({@code .mdx}), and Markdown that a static site
     * generator runs through a template engine first ({@code .html.md.erb}, as Middleman and the GOV.UK technical
     * documentation template keep pages).
     */
    public static boolean isMarkdownName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        String extension = FileExtension.of(name);
        return MARKDOWN_EXTENSIONS.contains(extension) || MdxText.isMdx(name) || TEMPLATED_MARKDOWN.matcher(name).find();
    }

    @Override
    public Detection detect(String fileName, String head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean readme = name.startsWith("readme");
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        if (MdxText.isMdx(name)) {
            text = MdxText.asMarkdown(text);
        }
        String extension = FileExtension.of(name);
        // Wikis and repositories keep write-ups without an extension too ("PM2022-009 - Bad AMI"): without one,
        // headings written as Markdown make the file Markdown.
        boolean markdownName = isMarkdownName(name)
                || (extension.isEmpty() && HEADED_MARKDOWN.matcher(text).lookingAt());
        String start = text.stripLeading();
        if (start.isEmpty()) {
            return markdownName && !readme ? Detection.yes(5, "empty Markdown file") : new Detection(0, "empty file");
        }
        if (HtmlDocument.isHtml(extension, text)) {
            return new Detection(0, "an HTML page (" + HtmlPostmortemParser.FORMAT + " reads it)");
        }
        if (looksLikeJson(start) || DocumentText.looksBinary(text)) {
            return new Detection(0, "not Markdown text");
        }
        FrontMatter front;
        try {
            front = FrontMatter.split(text);
        } catch (FrontMatter.Unreadable e) {
            if (readme) {
                return new Detection(0, "a README with " + e.getMessage() + ", not a postmortem");
            }
            return markdownName ? Detection.yes(40, "Markdown with " + e.getMessage())
                    : new Detection(0, "not Markdown: " + e.getMessage());
        }
        Set<SectionKind> found = sections(front.body());
        Set<SectionKind> core = core(found);
        boolean frontMatterSaysSo = front.hasAny(MarkdownPostmortemMapper.POSTMORTEM_KEYS);
        String sections = names(core);
        if (readme) {
            return readme(markdownName, core, frontMatterSaysSo);
        }
        if (markdownName && (core.size() >= 2 || frontMatterSaysSo)) {
            return Detection.yes(HIGHEST_SCORE, "Markdown postmortem" + (core.isEmpty() ? "" : " with sections " + sections)
                    + (frontMatterSaysSo ? " and postmortem front matter" : ""));
        }
        if (markdownName && core.size() == 1) {
            // the head may end inside a huge first section, hiding the sections after it
            return Detection.yes(60, "Markdown with the postmortem section " + sections
                    + " (the first bytes show no other)");
        }
        if (!markdownName && (core.size() >= 3 || (frontMatterSaysSo && core.size() >= 1))) {
            return Detection.yes(70, "text with postmortem headings " + sections);
        }
        if (IncidentWording.readsAsReference(front.body())) {
            return new Detection(0, (markdownName ? "Markdown" : "text")
                    + " that reads as reference documentation (code spans on every line), not an incident write-up");
        }
        // Front matter holds the title, often the summary and the link of a write-up whose body is only its account.
        String told = front.scalarText() + "\n" + front.body();
        Set<String> wording = markdownName ? IncidentWording.in(told) : Set.of();
        if (wording.size() >= IncidentWording.ENOUGH) {
            return Detection.yes(30, "Markdown incident write-up without postmortem sections (it tells of "
                    + String.join(", ", wording) + ")");
        }
        boolean titled = IncidentWording.isTitledProse(front.body()) || (front.text(MarkdownPostmortemMapper.TITLE_KEYS) != null
                && IncidentWording.isProse(told));
        if (markdownName && titled) {
            return Detection.yes(20, "Markdown with a title and prose but no postmortem sections: read as a write-up");
        }
        // an account in prose with no title of its own, in a file so named ("stromausfall.md"), as plain texts are read
        if (markdownName && front.text(MarkdownPostmortemMapper.TITLE_KEYS) == null && IncidentWording.isProse(told)
                && !IncidentWording.hasHeading(front.body()) && IncidentWording.titleNamesAnOutage(front.body(), fileName)) {
            return Detection.yes(20, "Markdown prose under a file name that names an outage: read as a write-up");
        }
        if (markdownName && !front.values().isEmpty() && !wording.isEmpty()) {
            return Detection.yes(15, "Markdown with front matter whose text tells of an incident ("
                    + String.join(", ", wording) + ")");
        }
        return new Detection(0, (markdownName ? "Markdown" : "text") + " without postmortem sections (recognised: "
                + (found.isEmpty() ? "none" : names(found)) + ")");
    }

    /**
     * A README is a project's documentation, except where a repository keeps one postmortem per folder as its
     * README ("2025-03-01-orders-db-failover/README.md"): then it has the sections only incidents have, or says so
     * in its front matter. A summary and action items alone are a project's (a roadmap, a to-do list).
     */
    private static Detection readme(boolean markdownName, Set<SectionKind> core, boolean frontMatterSaysSo) {
        boolean ofAnIncident = core.size() >= 2 && !README_SECTIONS.containsAll(core);
        if (markdownName && (ofAnIncident || frontMatterSaysSo)) {
            return Detection.yes(HIGHEST_SCORE, "a README that is a postmortem"
                    + (core.isEmpty() ? "" : " with sections " + names(core))
                    + (frontMatterSaysSo ? " and postmortem front matter" : ""));
        }
        return new Detection(0, "a README, not a postmortem (postmortem sections: "
                + (core.isEmpty() ? "none" : names(core)) + ")");
    }

    /**
     * The postmortem sections (summary, impact, root cause, action items, timeline) a Markdown text has under its
     * front matter; none when the front matter cannot be read.
     */
    Set<SectionKind> coreSections(String text) {
        try {
            return core(sections(FrontMatter.split(text).body()));
        } catch (FrontMatter.Unreadable e) {
            return EnumSet.noneOf(SectionKind.class);
        }
    }

    private Set<SectionKind> sections(String body) {
        return outlines.read(body).sections().stream().map(Section::ownKind).filter(k -> k != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SectionKind.class)));
    }

    private static Set<SectionKind> core(Set<SectionKind> found) {
        Set<SectionKind> core = EnumSet.noneOf(SectionKind.class);
        core.addAll(found);
        core.retainAll(CORE);
        return core;
    }

    private static String names(Set<SectionKind> kinds) {
        return kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    @Override
    public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
        DocumentText.Read read = DocumentText.read(in);
        if (read.problem() != null) {
            sink.reject(Reject.of(fileName, "file", null, read.problem(), null));
            return;
        }
        try {
            String markdown = MdxText.isMdx(fileName) ? MdxText.asMarkdown(read.text()) : read.text();
            mapper.mapAll(markdown, fileName).forEach(sink::accept);
        } catch (FrontMatter.Unreadable e) {
            sink.reject(Reject.of(fileName, "line 1", "front matter", e.getMessage(), read.text()));
        }
    }
}
