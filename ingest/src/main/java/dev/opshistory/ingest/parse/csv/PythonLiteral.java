package dev.opshistory.ingest.parse.csv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A nested value of an API record as a script wrote it into a CSV cell: JSON ({@code json.dumps}), or a Python
 * literal, which is what pandas' {@code DataFrame.to_csv} writes for a dict or a list ({@code {'id': 'P6OZOP6',
 * 'summary': 'User Database'}}, {@code True}, {@code None}, strings in single quotes with backslash escapes). Read
 * into the JSON tree the record had, so the vendor's JSON mapping reads it. Anything else is no such value.
 */
final class PythonLiteral {

    /** Nesting deeper than an API record's: a hostile cell, not a record. */
    private static final int MAX_DEPTH = 64;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String text;
    private int at;

    private PythonLiteral(String text) {
        this.text = text;
    }

    /** The value of a whole cell, when it is one dict, list, string, number, boolean or None (null). */
    static Optional<JsonNode> parse(String cell) {
        PythonLiteral literal = new PythonLiteral(cell);
        try {
            JsonNode value = literal.value(0);
            literal.space();
            return literal.at == cell.length() ? Optional.of(value) : Optional.empty();
        } catch (NotALiteral | StringIndexOutOfBoundsException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private JsonNode value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new NotALiteral();
        }
        space();
        char c = text.charAt(at);
        if (c == '{') {
            return dict(depth);
        }
        if (c == '[' || c == '(') {
            return list(c == '[' ? ']' : ')', depth);
        }
        if (c == '\'' || c == '"') {
            return NODES.textNode(string());
        }
        if (c == '-' || c == '+' || Character.isDigit(c)) {
            return number();
        }
        String word = word();
        return switch (word) {
            case "True", "true" -> NODES.booleanNode(true);
            case "False", "false" -> NODES.booleanNode(false);
            case "None", "null" -> NODES.nullNode();
            default -> throw new NotALiteral();
        };
    }

    private ObjectNode dict(int depth) {
        ObjectNode object = NODES.objectNode();
        at++; // {
        space();
        while (text.charAt(at) != '}') {
            JsonNode key = value(depth + 1);
            space();
            expect(':');
            object.set(key.isTextual() ? key.asText() : key.toString(), value(depth + 1));
            space();
            if (text.charAt(at) == ',') {
                at++;
                space();
            } else if (text.charAt(at) != '}') {
                throw new NotALiteral();
            }
        }
        at++;
        return object;
    }

    private ArrayNode list(char close, int depth) {
        ArrayNode array = NODES.arrayNode();
        at++; // [ or (
        space();
        while (text.charAt(at) != close) {
            array.add(value(depth + 1));
            space();
            if (text.charAt(at) == ',') {
                at++;
                space();
            } else if (text.charAt(at) != close) {
                throw new NotALiteral();
            }
        }
        at++;
        return array;
    }

    private String string() {
        char quote = text.charAt(at++);
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case '0' -> out.append('\0');
                case 'x' -> out.append((char) hex(2));
                case 'u' -> out.append((char) hex(4));
                case 'U' -> out.appendCodePoint(hex(8));
                default -> out.append(escaped); // \\ \' \" and anything else stands for itself
            }
        }
    }

    private int hex(int digits) {
        int value = Integer.parseInt(text.substring(at, at + digits), 16);
        at += digits;
        return value;
    }

    private JsonNode number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE_".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String digits = text.substring(start, at).replace("_", "");
        if (digits.matches("[+-]?\\d+")) {
            return NODES.numberNode(new BigInteger(digits));
        }
        return NODES.numberNode(new BigDecimal(digits));
    }

    private String word() {
        int start = at;
        while (at < text.length() && Character.isLetter(text.charAt(at))) {
            at++;
        }
        return text.substring(start, at);
    }

    private void expect(char c) {
        if (text.charAt(at) != c) {
            throw new NotALiteral();
        }
        at++;
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    /** The text is not a literal; thrown inside the parser only. */
    private static final class NotALiteral extends RuntimeException {
        NotALiteral() {
            super(null, null, false, false);
        }
    }
}
