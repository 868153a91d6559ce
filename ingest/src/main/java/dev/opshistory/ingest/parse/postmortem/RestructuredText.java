package dev.opshistory.ingest.parse.postmortem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reStructuredText (a Sphinx site's pages, an ABlog post, a {@code .rst} file in a repository) as Markdown, for
 * {@link MarkdownPostmortemMapper}. What reads differently in Markdown is rewritten, the rest kept as written:
 * <ul>
 *   <li>section titles, underlined (and perhaps overlined) with any punctuation, become ATX headings, levels in the
 *       order the document first uses each adornment, as reST assigns them;</li>
 *   <li>directives: an ABlog {@code .. post:: Jan 25, 2021} and its {@code :author:}/{@code :tags:} become front
 *       matter (a publication date, as a blog's); admonitions ({@code .. note::}) and unknown directives keep their
 *       text; {@code code-block} and {@code ::} literal blocks become fenced code; {@code list-table}, grid and
 *       simple tables become Markdown tables; images, comments, targets and the table of contents are dropped;</li>
 *   <li>the bibliographic fields before the text ({@code :date: 2016-12-19}, {@code :author:}, Pelican's and Sphinx's
 *       metadata) become front matter, the date a publication date over the post's; later field lists
 *       ({@code :Severity: SEV2}) become {@code Severity: SEV2} field lines; a definition list's
 *       term a bold line over its definition; {@code #.} and {@code (1)} items numbered items; an indented block
 *       outside a list (a block quote) is read as a paragraph;</li>
 *   <li>inline markup: {@code ``literal``}, {@code `text <url>`_} links, roles ({@code :doc:`page`}) and
 *       references ({@code `name`_}) as Markdown's code, links and plain text.</li>
 * </ul>
 */
final class RestructuredText {

    private static final Pattern DIRECTIVE = Pattern.compile("^(\\s*)\\.\\.\\s+([A-Za-z][\\w:.+-]*)::(?:\\s+(.*))?$");
    /** A comment, a hyperlink target, a substitution definition: every other line starting "..". */
    private static final Pattern EXPLICIT = Pattern.compile("^(\\s*)\\.\\.(?:\\s.*)?$");
    private static final Pattern FOOTNOTE = Pattern.compile("^(\\s*)\\.\\.\\s+(\\[[^\\]]+\\]\\s+.*)$");
    /** A line of one punctuation character repeated: a section title's adornment or a transition. */
    private static final Pattern ADORNMENT = Pattern.compile("^([!-/:-@\\[-`{-~])\\1+\\s*$");
    private static final Pattern OPTION = Pattern.compile("^:([\\w -]+):\\s*(.*)$");
    private static final Pattern FIELD = Pattern.compile("^:([A-Za-z][\\w -]{0,40}):(?:\\s+(.*))?$");
    private static final Pattern ENUMERATED = Pattern.compile("^(\\s*)(?:#\\.|\\(\\d+\\)|\\(#\\))\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)(?:[-*+•]|\\d+[.)]|#\\.|\\(\\d+\\)|[a-z][.)])\\s+");
    private static final Pattern GRID_BORDER = Pattern.compile("^\\s*\\+(?:[-=]+\\+)+\\s*$");
    private static final Pattern SIMPLE_BORDER = Pattern.compile("^\\s*=+(?: +=+)+\\s*$");
    private static final Pattern COLUMN_SPANS = Pattern.compile("^\\s*-+(?: +-+)+\\s*$");
    private static final Pattern LINK = Pattern.compile("`([^`<]*?)\\s*<([^>`]+)>`__?");
    private static final Pattern ROLE = Pattern.compile(":[\\w:+-]+:`([^`<]*?)(?:\\s*<[^>`]*>)?`");
    private static final Pattern REFERENCE = Pattern.compile("`([^`]+)`__?");
    private static final Pattern FENCED = Pattern.compile("(?ms)^```\\n.*?^```\\n");
    private static final Pattern LITERAL = Pattern.compile("``(.+?)``");

    /** Directives whose content is not prose of the document. */
    private static final List<String> DROPPED = List.of("image", "figure", "raw", "toctree", "contents", "meta",
            "include", "literalinclude", "highlight", "index", "sectnum", "header", "footer", "default-role",
            "role", "tags", "postlist", "youtube", "graphviz", "mermaid", "plot", "autosummary");
    private static final List<String> CODE = List.of("code-block", "code", "sourcecode", "parsed-literal");
    /** Directives whose argument is a heading of their content. */
    private static final List<String> TITLED = List.of("topic", "sidebar", "admonition", "rubric");

    private final String[] lines;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> frontMatter = new LinkedHashMap<>();
    /** Adornment styles in the order the document first uses them: the index is the section level. */
    private final List<String> styles = new ArrayList<>();
    /** The column a list item's text starts at, while lines indented so far continue it; -1 outside lists. */
    private int listColumn = -1;
    /** Whether a paragraph has been read: field lists after it are the text's, not the document's bibliography. */
    private boolean prose;

    private RestructuredText(String text) {
        this.lines = text.replace("\uFEFF", "").replace("\t", "        ").split("\\R", -1);
    }

    /** The document as Markdown, its bibliographic fields and ABlog post's date, author and tags as front matter. */
    static String asMarkdown(String text) {
        return new RestructuredText(text).convert();
    }

    private String convert() {
        int i = 0;
        while (i < lines.length) {
            i = line(i);
        }
        String markdown = outsideFences(out.toString());
        if (frontMatter.isEmpty()) {
            return markdown;
        }
        StringBuilder front = new StringBuilder("---\n");
        frontMatter.forEach((key, value) -> front.append(key).append(": \"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n"));
        return front.append("---\n").append(markdown).toString();
    }

    /** The text with {@link #inline} applied outside fenced code, where markup spans lines ("`a\n<url>`_"). */
    private static String outsideFences(String markdown) {
        StringBuilder result = new StringBuilder(markdown.length());
        String[] parts = FENCED.split(markdown, -1);
        Matcher fences = FENCED.matcher(markdown);
        for (String part : parts) {
            result.append(inline(part));
            if (fences.find()) {
                result.append(fences.group());
            }
        }
        return result.toString();
    }

    /** Converts the construct starting at line {@code i}; returns the index of the line after it. */
    private int line(int i) {
        String line = lines[i];
        String t = line.strip();
        if (t.isEmpty()) {
            out.append('\n');
            return i + 1;
        }
        int indent = indentOf(line);
        if (listColumn >= 0 && indent < listColumn && !LIST_ITEM.matcher(line).find()) {
            listColumn = -1;
        }
        Matcher directive = DIRECTIVE.matcher(line);
        if (directive.matches()) {
            return directive(i, indent, directive.group(2).toLowerCase(), directive.group(3));
        }
        Matcher footnote = FOOTNOTE.matcher(line);
        if (footnote.matches()) {
            out.append(footnote.group(2)).append('\n');
            return i + 1;
        }
        if (EXPLICIT.matcher(line).matches()) {
            return blockEnd(i + 1, indent); // a comment or a target: not text of the document
        }
        int title = title(i);
        if (title > i) {
            return title;
        }
        if (ADORNMENT.matcher(t).matches() && t.length() >= 4) {
            return i + 1; // a transition between paragraphs
        }
        if (GRID_BORDER.matcher(line).matches()) {
            return gridTable(i);
        }
        if (SIMPLE_BORDER.matcher(line).matches()) {
            return simpleTable(i);
        }
        Matcher field = FIELD.matcher(t);
        if (field.matches() && indent == 0) {
            String name = field.group(1).strip();
            if (prose || styles.size() > 1) {
                out.append(name).append(": ").append(nullToEmpty(field.group(2))).append('\n');
            } else { // the document's bibliographic fields (Pelican's :date:, :author:, :slug:), as front matter
                frontMatter.put(name.toLowerCase(Locale.ROOT).replace(' ', '_'), nullToEmpty(field.group(2)).strip());
            }
            return i + 1;
        }
        Matcher item = LIST_ITEM.matcher(line);
        if (item.find()) {
            listColumn = item.end();
            String numbered = ENUMERATED.matcher(line).replaceFirst(m -> m.group(1) + "1. ");
            return paragraphLine(i, numbered);
        }
        if (indent > 0 && listColumn < 0) {
            line = t; // a block quote, or a definition's text: read as a paragraph
        } else if (indent == 0 && i + 1 < lines.length && isDefinition(i)) {
            out.append("**").append(t).append("**\n\n");
            return i + 1;
        }
        return paragraphLine(i, line);
    }

    /** A line of a paragraph; one ending "::" opens the literal block indented below it. */
    private int paragraphLine(int i, String line) {
        prose = true;
        String t = line.stripTrailing();
        if (!t.endsWith("::")) {
            out.append(line).append('\n');
            return i + 1;
        }
        String lead = t.strip().equals("::") ? "" : t.substring(0, t.length() - 1);
        if (!lead.isEmpty()) {
            out.append(lead).append('\n');
        }
        int base = indentOf(lines[i]);
        int end = blockEnd(i + 1, base);
        out.append('\n');
        fence(i + 1, end);
        return end;
    }

    /** Whether line {@code i} is a definition list's term: a short line over a more indented one. */
    private boolean isDefinition(int i) {
        String next = lines[i + 1];
        String t = lines[i].strip();
        return !next.isBlank() && indentOf(next) > 0 && t.length() <= 60 && !t.endsWith(".") && !t.endsWith(",")
                && !LIST_ITEM.matcher(next).find() && !DIRECTIVE.matcher(next).matches();
    }

    /** A section title at line {@code i}, underlined or over- and underlined: returns the line after it, else i. */
    private int title(int i) {
        String line = lines[i];
        String t = line.strip();
        if (i + 1 < lines.length && isAdornment(t) && !lines[i + 1].isBlank() && !isAdornment(lines[i + 1].strip())) {
            if (i + 2 < lines.length && lines[i + 2].strip().equals(t)) {
                heading("over" + t.charAt(0), lines[i + 1].strip());
                return i + 3;
            }
            if (i + 2 == lines.length || lines[i + 2].isBlank()) { // an overline whose underline was left out
                heading("over" + t.charAt(0), lines[i + 1].strip());
                return i + 2;
            }
        }
        if (indentOf(line) == 0 && i + 1 < lines.length && !isAdornment(t)) {
            String under = lines[i + 1].strip();
            if (isAdornment(under) && (under.length() >= Math.min(t.length(), 3) || under.length() >= t.length())
                    && lines[i + 1].length() - lines[i + 1].stripLeading().length() == 0) {
                heading("under" + under.charAt(0), t);
                return i + 2;
            }
        }
        return i;
    }

    private static boolean isAdornment(String t) {
        return t.length() >= 2 && ADORNMENT.matcher(t).matches();
    }

    private void heading(String style, String text) {
        if (!styles.contains(style)) {
            styles.add(style);
        }
        int level = Math.min(styles.indexOf(style) + 1, 6);
        listColumn = -1;
        out.append('\n').append("#".repeat(level)).append(' ').append(text).append("\n\n");
    }

    /** A directive and its block: options, then content indented below it. */
    private int directive(int i, int indent, String name, String argument) {
        int end = blockEnd(i + 1, indent);
        int content = i + 1;
        Map<String, String> options = new LinkedHashMap<>();
        for (; content < end; content++) {
            Matcher option = OPTION.matcher(lines[content].strip());
            if (lines[content].isBlank() || !option.matches()) {
                break;
            }
            options.put(option.group(1).strip().toLowerCase(), option.group(2).strip());
        }
        String arg = argument == null ? "" : argument.strip();
        if (name.equals("post")) { // ABlog: the post's publication date, author and tags
            if (!arg.isEmpty()) {
                frontMatter.putIfAbsent("date", arg);
            }
            for (String key : List.of("author", "tags", "category")) {
                if (options.containsKey(key)) {
                    frontMatter.putIfAbsent(key, options.get(key));
                }
            }
        } else if (DROPPED.contains(name) || name.startsWith("auto")) {
            return end;
        } else if (CODE.contains(name)) {
            out.append('\n');
            fence(content, end);
        } else if (name.equals("list-table")) {
            if (!arg.isEmpty()) {
                out.append('\n').append("**").append(arg).append("**\n");
            }
            listTable(content, end);
        } else {
            if (TITLED.contains(name) && !arg.isEmpty()) {
                out.append('\n').append("**").append(arg).append("**\n");
            } else if (!arg.isEmpty()) {
                out.append('\n').append(arg).append('\n'); // "..  warning:: text": the text is the content's
            }
            out.append('\n');
            for (String text : dedent(content, end)) {
                out.append(text).append('\n');
            }
        }
        return end;
    }

    /** The index after the block below line {@code from - 1}: lines blank or indented more than {@code indent}. */
    private int blockEnd(int from, int indent) {
        int end = from;
        int last = from;
        for (; end < lines.length; end++) {
            if (lines[end].isBlank()) {
                continue;
            }
            if (indentOf(lines[end]) <= indent) {
                break;
            }
            last = end + 1;
        }
        return last;
    }

    /** The lines {@code from} to {@code end}, with their common indentation removed. */
    private List<String> dedent(int from, int end) {
        int common = Integer.MAX_VALUE;
        for (int i = from; i < end; i++) {
            if (!lines[i].isBlank()) {
                common = Math.min(common, indentOf(lines[i]));
            }
        }
        List<String> block = new ArrayList<>();
        for (int i = from; i < end; i++) {
            block.add(lines[i].isBlank() ? "" : lines[i].substring(common));
        }
        return block;
    }

    private void fence(int from, int end) {
        out.append("```\n");
        for (String text : dedent(from, end)) {
            out.append(text).append('\n');
        }
        out.append("```\n");
    }

    /** A {@code list-table}: rows "* - cell", further cells "  - cell", continued by indented lines. */
    private void listTable(int from, int end) {
        List<List<String>> rows = new ArrayList<>();
        for (String text : dedent(from, end)) {
            String t = text.strip();
            if (text.startsWith("* ") || text.equals("*")) {
                rows.add(new ArrayList<>());
                t = text.substring(1).strip();
                if (t.isEmpty()) {
                    continue;
                }
            }
            if (rows.isEmpty() || t.isEmpty()) {
                continue;
            }
            List<String> row = rows.get(rows.size() - 1);
            if (t.startsWith("- ") || t.equals("-")) {
                row.add(t.substring(1).strip());
            } else if (!row.isEmpty()) {
                row.set(row.size() - 1, (row.get(row.size() - 1) + " " + t).strip());
            }
        }
        table(rows);
    }

    /** A grid table: borders of "+---+", rows of "| a | b |", a header closed by "+===+". */
    private int gridTable(int i) {
        String border = lines[i].strip();
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < border.length(); c++) {
            if (border.charAt(c) == '+') {
                columns.add(c);
            }
        }
        int offset = indentOf(lines[i]);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        int end = i + 1;
        for (; end < lines.length; end++) {
            String line = lines[end];
            String t = line.strip();
            if (t.startsWith("+")) {
                row = null;
                continue;
            }
            if (!t.startsWith("|")) {
                break;
            }
            if (row == null) {
                row = new ArrayList<>();
                for (int c = 1; c < columns.size(); c++) {
                    row.add("");
                }
                rows.add(row);
            }
            for (int c = 1; c < columns.size(); c++) {
                String cell = slice(line, offset + columns.get(c - 1) + 1, offset + columns.get(c)).replace("|", " ");
                row.set(c - 1, (row.get(c - 1) + " " + cell.strip()).strip());
            }
        }
        table(rows);
        return end;
    }

    /** A simple table: columns marked by "===  ===" borders, a header above the second border. */
    private int simpleTable(int i) {
        String border = lines[i];
        List<int[]> columns = new ArrayList<>();
        Matcher run = Pattern.compile("=+").matcher(border);
        while (run.find()) {
            columns.add(new int[] {run.start(), run.end()});
        }
        List<List<String>> rows = new ArrayList<>();
        int borders = 1;
        int end = i + 1;
        for (; end < lines.length; end++) {
            String line = lines[end];
            if (COLUMN_SPANS.matcher(line).matches()) {
                continue; // "-----  -----" under a header cell spanning columns
            }
            if (SIMPLE_BORDER.matcher(line).matches()) {
                borders++;
                boolean closesHeader = borders == 2 && end + 1 < lines.length && !lines[end + 1].isBlank();
                if (!closesHeader) {
                    end++;
                    break;
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                int to = c + 1 < columns.size() ? columns.get(c + 1)[0] : line.length();
                cells.add(slice(line, columns.get(c)[0], to).strip());
            }
            if (!rows.isEmpty() && cells.get(0).isEmpty()) {
                List<String> last = rows.get(rows.size() - 1);
                for (int c = 0; c < cells.size(); c++) {
                    last.set(c, (last.get(c) + " " + cells.get(c)).strip());
                }
            } else {
                rows.add(cells);
            }
        }
        table(rows);
        return end;
    }

    private static String slice(String line, int from, int to) {
        if (from >= line.length()) {
            return "";
        }
        return line.substring(from, Math.min(to, line.length()));
    }

    /** Rows as a Markdown table, the first row its header. */
    private void table(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        out.append('\n');
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder row = new StringBuilder("|");
            for (int c = 0; c < width; c++) {
                String cell = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                row.append(' ').append(cell.replace("|", "\\|")).append(" |");
            }
            out.append(row).append('\n');
            if (r == 0) {
                out.append("|").append(" --- |".repeat(width)).append('\n');
            }
        }
        out.append('\n');
    }

    /** Inline markup as Markdown: links, roles, references and literals. */
    private static String inline(String text) {
        if (text.indexOf('`') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        String t = LITERAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).isBlank() ? m.group(2) : "[" + m.group(1) + "](" + m.group(2) + ")"));
        t = ROLE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = REFERENCE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return t.replace("\\ ", "");
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
