package dev.opshistory.ingest.parse.postmortem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * An OpenDocument text ({@code .odt}: LibreOffice's and OpenOffice's format, and a Google Docs download) as the HTML
 * page it would be saved as, for {@link HtmlDocument} to turn into Markdown. The document's {@code content.xml} is read
 * with jsoup's XML parser: headings ({@code text:h}, by their outline level), the Title paragraph style (or a first
 * paragraph wholly in bold), paragraphs,
 * lists and their nesting, tables (header rows as header cells), links, line breaks and runs in a bold style. A table of
 * contents, notes and frames (images, drawings) are left out. The title in {@code meta.xml} titles a document without
 * a heading.
 *
 * <p>The archive is read entry by entry and no part is inflated past {@link #LARGEST_PART}: a zip bomb is one refusal.
 */
final class OpenDocumentText {

    /** The largest part read, inflated; a postmortem's content is kilobytes. */
    static final int LARGEST_PART = 64 * 1024 * 1024;

    private OpenDocumentText() {
    }

    /**
     * The document as a page.
     *
     * @throws IOException when the bytes are not an OpenDocument text (not a zip, no {@code content.xml}, a part
     *                     larger than {@link #LARGEST_PART}); its message says why
     */
    static Document asPage(byte[] bytes) throws IOException {
        String content = null;
        String meta = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    content = part(zip, entry.getName());
                } else if (entry.getName().equals("meta.xml")) {
                    meta = part(zip, entry.getName());
                }
            }
        } catch (IllegalArgumentException e) { // a malformed entry name
            throw new IOException(e.getMessage(), e);
        }
        if (content == null) {
            throw new IOException("no content.xml: not an OpenDocument file");
        }
        Document page = Document.createShell("");
        if (meta != null) {
            Element title = first(Jsoup.parse(meta, "", Parser.xmlParser()), "dc:title");
            if (title != null && !title.text().isBlank()) {
                page.title(title.text().strip());
            }
        }
        Document xml = Jsoup.parse(content, "", Parser.xmlParser());
        Element text = first(xml, "office:text");
        if (text == null) {
            throw new IOException("no office:text in content.xml: not a text document");
        }
        new Writer(boldStyles(xml), titleStyles(xml)).blocks(text, page.body());
        return page;
    }

    private static String part(ZipInputStream zip, String name) throws IOException {
        byte[] part = zip.readNBytes(LARGEST_PART + 1);
        if (part.length > LARGEST_PART) {
            throw new IOException(name + " inflates past " + (LARGEST_PART >> 20) + " MiB (a zip bomb?)");
        }
        return new String(part, StandardCharsets.UTF_8);
    }

    /** The names of the automatic styles that set text in bold (a span's, or a whole paragraph's). */
    private static Set<String> boldStyles(Document xml) {
        Set<String> bold = new HashSet<>();
        for (Element style : xml.getElementsByTag("style:style")) {
            for (Element properties : style.getElementsByTag("style:text-properties")) {
                String weight = properties.attr("fo:font-weight");
                if (weight.equals("bold") || weight.matches("[6-9]00")) {
                    bold.add(style.attr("style:name"));
                }
            }
        }
        return bold;
    }

    /** "Title" and the automatic paragraph styles based on it (LibreOffice writes a Title paragraph as "P1" so). */
    private static Set<String> titleStyles(Document xml) {
        Set<String> titles = new HashSet<>(Set.of("Title"));
        for (Element style : xml.getElementsByTag("style:style")) {
            if (style.attr("style:parent-style-name").equals("Title")) {
                titles.add(style.attr("style:name"));
            }
        }
        return titles;
    }

    private static Element first(Element root, String tag) {
        var found = root.getElementsByTag(tag);
        return found.isEmpty() ? null : found.first();
    }

    /** Writes OpenDocument elements as HTML elements. */
    private record Writer(Set<String> boldStyles, Set<String> titleStyles) {

        /** The block elements under {@code from} (the body, a section, a list item, a cell) into {@code into}. */
        void blocks(Element from, Element into) {
            for (Element element : from.children()) {
                switch (element.tagName()) {
                    case "text:h" -> {
                        int level = Math.max(1, Math.min(6, parseLevel(element.attr("text:outline-level"))));
                        inline(element, into.appendElement("h" + level));
                    }
                    case "text:p" -> {
                        boolean title = titleStyles.contains(element.attr("text:style-name"));
                        Element paragraph = into.appendElement(title ? "h1" : "p");
                        if (!title && boldStyles.contains(element.attr("text:style-name"))) {
                            paragraph = paragraph.appendElement("strong");
                        }
                        inline(element, paragraph);
                        if (isBoldTitle(into)) {
                            into.child(0).tagName("h1").select("strong").unwrap();
                        }
                    }
                    case "text:list" -> list(element, into);
                    case "table:table" -> table(element, into);
                    case "text:section", "text:list-header" -> blocks(element, into);
                    default -> { } // tables of contents, indexes, frames, forms: not the write-up
                }
            }
        }

        private void list(Element list, Element into) {
            Element out = into.appendElement("ul");
            for (Element item : list.children()) {
                if (item.tagName().equals("text:list-item") || item.tagName().equals("text:list-header")) {
                    blocks(item, out.appendElement("li"));
                }
            }
        }

        private void table(Element table, Element into) {
            Element out = into.appendElement("table");
            for (Element row : table.getElementsByTag("table:table-row")) {
                boolean header = row.parent() != null && row.parent().tagName().equals("table:table-header-rows");
                Element tr = out.appendElement("tr");
                for (Element cell : row.children()) {
                    if (cell.tagName().equals("table:table-cell")) {
                        Element td = tr.appendElement(header ? "th" : "td");
                        boolean first = true;
                        for (Element paragraph : cell.children()) {
                            if (!first) {
                                td.appendText(" ");
                            }
                            inline(paragraph, td);
                            first = false;
                        }
                    }
                }
            }
        }

        /** A paragraph's text: spans (bold ones as {@code <strong>}), links, spaces, tabs and line breaks. */
        private void inline(Element from, Element into) {
            for (Node node : from.childNodes()) {
                if (node instanceof TextNode text) {
                    into.appendText(text.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element element) {
                    switch (element.tagName()) {
                        case "text:span" -> inline(element, boldStyles.contains(element.attr("text:style-name"))
                                ? into.appendElement("strong") : into);
                        case "text:a" -> inline(element, into.appendElement("a").attr("href", element.attr("xlink:href")));
                        case "text:s" -> into.appendText(" ".repeat(Math.max(1, Math.min(8, parseLevel(element.attr("text:c"))))));
                        case "text:tab" -> into.appendText(" ");
                        case "text:line-break" -> into.appendElement("br");
                        case "text:note", "office:annotation", "draw:frame", "text:bookmark-ref" -> { }
                        default -> inline(element, into); // fields, metadata spans: their text
                    }
                }
            }
        }

        /**
         * Whether the body's only element, just written, is a title written without styles, as in many documents: a
         * paragraph wholly in bold that {@link PlainText#isTitle} takes as a title (as {@link WordDocument} reads one).
         */
        private static boolean isBoldTitle(Element into) {
            if (!into.tagName().equals("body") || into.childrenSize() != 1 || !into.child(0).tagName().equals("p")) {
                return false;
            }
            Element paragraph = into.child(0);
            boolean wholly = paragraph.childNodes().stream().allMatch(node -> node instanceof Element e
                    ? e.tagName().equals("strong") : node instanceof TextNode t && t.isBlank());
            return wholly && !paragraph.select("strong").isEmpty() && PlainText.isTitle(paragraph.text().strip());
        }

        private static int parseLevel(String value) {
            try {
                return value.isBlank() ? 1 : Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
