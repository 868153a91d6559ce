package dev.opshistory.ingest.parse.postmortem;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A postmortem saved as an HTML page, turned into the Markdown that {@link MarkdownPostmortemMapper} reads: a
 * Confluence export ({@code #main-content}, its title in {@code #title-text}), a Google Docs or Word "web page"
 * download, or a write-up saved from a blog. jsoup parses the page however broken it is; the page's content is
 * its {@code #main-content}, {@code <article>}, {@code <main>} or {@code [role=main]}, else its body, without
 * scripts, styles, navigation, headers, footers, forms and images (a Google Docs image is inline base64 that
 * would fill the text); flexmark converts what is left, headings, lists and tables included, escaping the text
 * as Markdown needs.
 *
 * <p>What the page says apart from its content is kept: its title (Confluence's page title, {@code og:title}
 * or {@code <title>}) becomes the first heading unless the content has a level-one heading (Google Docs' Title
 * paragraph counts as one), and a publication date ({@code article:published_time}, {@code date} metadata or the
 * content's first {@code <time datetime>}) is kept apart ({@link AsMarkdown#fallbackDate()}). Tables of fields become
 * {@code **Field**: value} lines; a table without header cells gets its first row as its header. Task-list boxes
 * (Confluence's {@code data-inline-task-id} items, checkbox inputs of rendered Markdown) become ☑/☐, which the
 * action-item reader takes as done/open.
 */
final class HtmlDocument {

    /** Elements that are never part of what the authors wrote. */
    private static final String NOT_CONTENT = "script, style, noscript, template, svg, canvas, iframe, object, embed,"
            + " nav, header, footer, aside, form, button, select, textarea, [hidden], [aria-hidden=true],"
            // what blog themes put beside a post without the elements above: comments, sidebars, share and related links
            + " #comments, .comments, .sidebar, .widget, .related-posts, .share, .sharing, .social-share";
    /** Where the authors' text is: Confluence's, the semantic elements, then common blog themes' post bodies. */
    private static final String[] CONTENT_ROOTS = {"#main-content", "article", "main", "[role=main]", ".entry-content",
        ".post-content", ".article-content", ".post-body"};
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
    private static final Pattern HTML_START = Pattern.compile("(?is)\\A\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html[\\s>])");
    private static final Pattern HTML_BODY = Pattern.compile(
            "(?i)\\A\\s*<(?:p|div|h[1-6]|section|article|span|table|ul|ol|blockquote|b|strong)[\\s>]");
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.SKIP_ATTRIBUTES, true)
            .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
            // the authors' characters as written: no "--" for a dash, no straight quotes for curly ones
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            // not "---": a rule opening the page would read as the start of front matter
            .set(FlexmarkHtmlConverter.THEMATIC_BREAK, "* * *")).build();

    private HtmlDocument() {
    }

    /**
     * Whether a Markdown file's body is written in HTML, as a blog moved to a site generator keeps its posts under their
     * front matter ("&lt;p&gt;Last week we …&lt;/p&gt; … &lt;h2&gt;What Happened?&lt;/h2&gt;"): it opens with a block
     * element and has no Markdown heading, so that its headings are HTML's or none.
     */
    static boolean isHtmlBody(String body) {
        if (body == null || !HTML_BODY.matcher(body).lookingAt()) {
            return false;
        }
        // decided by the Markdown's blocks, not by its first tag: a logo <div> over Markdown headings and lists is
        // Markdown; "# pin the kernel" inside a <pre> is no heading
        int html = 0;
        int paragraphs = 0;
        for (Node block = MARKDOWN.parse(body).getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Heading || block instanceof ListBlock || block instanceof FencedCodeBlock) {
                return false;
            }
            html += block instanceof HtmlBlock ? 1 : 0;
            paragraphs += block instanceof Paragraph ? 1 : 0;
        }
        return html >= paragraphs;
    }

    /** A body that {@link #isHtmlBody} says is HTML, as Markdown. */
    static String bodyAsMarkdown(String body) {
        return read(Jsoup.parseBodyFragment(body)).markdown();
    }

    /** Whether a file is an HTML page: by its extension, or by a head that opens as one (a wiki page saved without). */
    static boolean isHtml(String extension, String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        return HTML_EXTENSIONS.contains(extension) || HTML_START.matcher(text).lookingAt();
    }

    /**
     * The bytes of a page as text: UTF-8 (as {@link DocumentText#decode}), or the charset the page declares when
     * the bytes are not UTF-8 (Word's "web page" is windows-1252 and says so in a {@code <meta>}).
     */
    static String decode(byte[] bytes) {
        String text = DocumentText.decode(bytes);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        Matcher declared = DECLARED_CHARSET.matcher(text.substring(0, Math.min(text.length(), 4096)));
        if (!declared.find()) {
            return text;
        }
        try {
            Charset charset = Charset.forName(declared.group(1));
            boolean unicode = charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16");
            return unicode ? text : new String(bytes, charset);
        } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            return text;
        }
    }

    /**
     * The page's content as Markdown, its publication date as the fallback date. A site generator's page (a Jekyll or
     * Hugo post written in HTML) keeps its front matter above the HTML: it stays front matter, not text of the page.
     */
    static AsMarkdown read(String html) {
        String front = FrontMatter.block(html);
        AsMarkdown page = read(Jsoup.parse(html.substring(front.length())));
        return front.isEmpty() ? page : new AsMarkdown(front + page.markdown(), page.fallbackDate());
    }

    /** As {@link #read(String)}, for a page already parsed or built (a Word document's, {@link WordDocument}). */
    static AsMarkdown read(Document page) {
        String title = pageTitle(page);
        String date = publicationDate(page);
        Element content = contentOf(page);
        content.select("p.title, p.MsoTitle").tagName("h1"); // the Title paragraph style of Google Docs and of Word
        content.select(NOT_CONTENT).remove();
        markTasks(content);
        content.select("img").forEach(img -> img.replaceWith(new TextNode(img.attr("alt"))));
        content.select("table").forEach(HtmlDocument::fieldsTableAsLines);
        content.select("table").forEach(HtmlDocument::firstRowAsHeader);

        Element document = Document.createShell("").body(); // the converter walks up from the node it is given
        Element firstHeading = content.selectFirst("h1, h2, h3, h4, h5, h6");
        boolean titled = firstHeading != null && firstHeading.tagName().equals("h1");
        if (title != null && !titled) {
            document.appendElement("h1").text(title);
        }
        document.appendChildren(content.childNodesCopy());
        return new AsMarkdown(CONVERTER.convert(document), date);
    }

    /**
     * A table of fields (every row a header cell and a value cell, as Confluence's page properties and many
     * templates' "Incident date | Owner | Severity" tables are) becomes one {@code **Field**: value} line per row,
     * the form the Markdown reader takes fields from; any other table stays a table.
     */
    private static void fieldsTableAsLines(Element table) {
        List<Element> rows = table.select("tr");
        if (rows.isEmpty() || !rows.stream().allMatch(HtmlDocument::isFieldRow)) {
            return;
        }
        Element lines = new Element("div");
        for (Element row : rows) {
            Element field = lines.appendElement("p");
            field.appendElement("strong").text(row.child(0).text().strip());
            field.appendText(": " + row.child(1).text().strip());
        }
        table.replaceWith(lines);
    }

    /**
     * A table without header cells (Google Docs and Word write every cell as {@code <td>}) gets its first row as
     * its header, which is how such tables are written: a Markdown table needs one.
     */
    private static void firstRowAsHeader(Element table) {
        Element first = table.selectFirst("tr");
        if (first != null && table.selectFirst("th") == null) {
            first.children().tagName("th");
        }
    }

    private static boolean isFieldRow(Element row) {
        return row.childrenSize() == 2 && row.child(0).tagName().equals("th") && row.child(1).tagName().equals("td");
    }

    private static Element contentOf(Document page) {
        for (String root : CONTENT_ROOTS) {
            Element content = page.selectFirst(root);
            if (content != null) {
                return content;
            }
        }
        return page.body();
    }

    private static String pageTitle(Document page) {
        Element confluence = page.selectFirst("#title-text");
        if (confluence != null && !confluence.text().isBlank()) {
            return confluence.text().strip();
        }
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        String title = page.title().strip();
        return title.isEmpty() ? null : title;
    }

    /** An ISO date from the page's metadata or first {@code <time>}: only its {@code yyyy-MM-dd}, never free text. */
    private static String publicationDate(Document page) {
        String[] candidates = {
            page.select("meta[property=article:published_time]").attr("content"),
            page.select("meta[name=date], meta[name=dcterms.created], meta[name=DC.date]").attr("content"),
            page.select("time[datetime]").attr("datetime"),
        };
        for (String candidate : candidates) {
            Matcher iso = ISO_DATE.matcher(candidate.strip());
            if (iso.lookingAt()) {
                return iso.group();
            }
        }
        return null;
    }

    /** Confluence task items and checkbox inputs as ☑/☐ in the text, before inputs are dropped as form parts. */
    private static void markTasks(Element content) {
        for (Element task : content.select("li[data-inline-task-id]")) {
            task.prependText(task.hasClass("checked") ? "☑ " : "☐ ");
        }
        for (Element box : content.select("input[type=checkbox]")) {
            box.replaceWith(new TextNode(box.hasAttr("checked") ? "☑ " : "☐ "));
        }
        content.select("input").remove();
    }
}
