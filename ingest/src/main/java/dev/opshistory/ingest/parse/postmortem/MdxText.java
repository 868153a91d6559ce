package dev.opshistory.ingest.parse.postmortem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An MDX page (Markdown with JavaScript, as Next.js, Docusaurus and Astro blogs keep posts, incident write-ups
 * among them) as the Markdown it is: its {@code import} and {@code export} statements are code, not text, and are
 * left out; a page that keeps its title and date in an exported object ({@code export const post = { title: '…',
 * date: '2024-11-19' }}) rather than in YAML front matter has that object as its front matter.
 */
final class MdxText {

    private static final Pattern STATEMENT = Pattern.compile("^(?:import|export)\\b");
    private static final Pattern FENCE = Pattern.compile("^\\s*(?:```|~~~)");
    private static final Pattern EXPORTED_OBJECT = Pattern.compile(
            "^export\\s+(?:const|let|var)\\s+\\w+\\s*=\\s*(\\{.*})\\s*;?\\s*$", Pattern.DOTALL);
    /** Keys that make an exported object the page's metadata rather than some other value. */
    private static final Set<String> METADATA_KEYS = Set.of("title", "date", "author", "authors", "description");
    /** JavaScript object literals: unquoted keys, single quotes, trailing commas, comments. */
    private static final JsonMapper LITERALS = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private MdxText() {
    }

    /** Whether a file name is an MDX page's. */
    static boolean isMdx(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".mdx");
    }

    /** The page without its statements, with the exported metadata as front matter when it has none of its own. */
    static String asMarkdown(String mdx) {
        String[] lines = mdx.split("\n", -1);
        List<String> kept = new ArrayList<>();
        String metadata = null;
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).lookingAt()) {
                inFence = !inFence;
            }
            if (inFence || !STATEMENT.matcher(line).lookingAt()) {
                kept.add(line);
                continue;
            }
            // a statement runs until its brackets close: "export const post = {" … "}"
            StringBuilder statement = new StringBuilder(line);
            int depth = depth(line);
            while (depth > 0 && i + 1 < lines.length) {
                statement.append('\n').append(lines[++i]);
                depth += depth(lines[i]);
            }
            if (metadata == null) {
                metadata = metadata(statement.toString());
            }
        }
        String markdown = String.join("\n", kept);
        boolean ownFrontMatter = markdown.stripLeading().startsWith("---");
        return metadata == null || ownFrontMatter ? markdown : "---\n" + metadata + "\n---\n" + markdown;
    }

    /** The JSON of an exported object literal that holds a page's metadata, or null. */
    private static String metadata(String statement) {
        Matcher object = EXPORTED_OBJECT.matcher(statement.strip());
        if (!object.matches()) {
            return null;
        }
        try {
            JsonNode value = LITERALS.readTree(object.group(1));
            boolean describesThePage = value.isObject() && value.properties().stream()
                    .anyMatch(p -> METADATA_KEYS.contains(p.getKey()) && p.getValue().isValueNode());
            return describesThePage ? LITERALS.writeValueAsString(value) : null;
        } catch (JsonProcessingException e) {
            return null; // not a literal (it refers to other values, or uses template strings): code, not metadata
        }
    }

    /** Opening minus closing brackets on a line, outside quotes. */
    private static int depth(String line) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return depth;
    }
}
