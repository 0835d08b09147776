package io.jtensor;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the Python literal that is an {@code .npy} header: a dict of strings, booleans, integers,
 * tuples and lists, as {@code ast.literal_eval} would (and as NumPy does before it trusts the file).
 *
 * <p>Values come back as {@link String}, {@link Boolean}, {@link BigInteger}, {@link Tuple},
 * {@link List} (a Python list), {@link Map} (insertion-ordered) or {@link #NONE}. Anything else,
 * such as an expression or an unterminated string, is an {@link IOException} naming the position.
 */
final class PythonLiteral {

    /** Python's {@code None}. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** A Python tuple, kept apart from a list because NumPy insists that 'shape' is a tuple. */
    record Tuple(List<Object> items) {
    }

    private final String text;
    private int position;

    private PythonLiteral(String text) {
        this.text = text;
    }

    /**
     * The value of {@code text}, which must be one literal with nothing but whitespace around it.
     *
     * @throws IOException describing the first malformed position
     */
    static Object parse(String text) throws IOException {
        PythonLiteral parser = new PythonLiteral(text);
        Object value = parser.value();
        parser.skipWhitespace();
        if (parser.position != text.length()) {
            throw parser.error("unexpected text after the end of the literal");
        }
        return value;
    }

    private Object value() throws IOException {
        skipWhitespace();
        if (position >= text.length()) {
            throw error("the literal ends early");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> dict();
            case '(' -> new Tuple(sequence('(', ')'));
            case '[' -> sequence('[', ']');
            case '\'', '"' -> string();
            default -> c == '-' || c == '+' || Character.isDigit(c) ? integer() : word();
        };
    }

    private Map<String, Object> dict() throws IOException {
        position++;
        Map<String, Object> entries = new LinkedHashMap<>();
        while (true) {
            skipWhitespace();
            if (peek('}')) {
                position++;
                return entries;
            }
            int keyStart = position;
            Object key = value();
            if (!(key instanceof String name)) {
                position = keyStart;
                throw error("dict keys must be strings");
            }
            expect(':');
            if (entries.put(name, value()) != null) {
                position = keyStart;
                throw error("key '" + name + "' appears twice");
            }
            skipWhitespace();
            if (peek(',')) {
                position++;
            } else if (!peek('}')) {
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> sequence(char open, char close) throws IOException {
        position++;
        List<Object> items = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (peek(close)) {
                position++;
                return items;
            }
            items.add(value());
            skipWhitespace();
            if (peek(',')) {
                position++;
            } else if (!peek(close)) {
                throw error("expected ',' or '" + close + "'");
            }
        }
    }

    private String string() throws IOException {
        char quote = text.charAt(position++);
        StringBuilder s = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == quote) {
                return s.toString();
            }
            if (c == '\\') {
                if (position >= text.length()) {
                    break;
                }
                c = text.charAt(position++);
            }
            s.append(c);
        }
        throw error("unterminated string");
    }

    private BigInteger integer() throws IOException {
        int start = position;
        if (peek('-') || peek('+')) {
            position++;
        }
        while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        String digits = text.substring(start, position).replace("_", "");
        // Python 2 wrote long integers with an L suffix; NumPy's own reader still accepts it.
        if (peek('L')) {
            position++;
        }
        if (digits.isEmpty() || digits.equals("-") || digits.equals("+")) {
            position = start;
            throw error("expected a number");
        }
        return new BigInteger(digits);
    }

    private Object word() throws IOException {
        int start = position;
        while (position < text.length() && Character.isLetter(text.charAt(position))) {
            position++;
        }
        return switch (text.substring(start, position)) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> NONE;
            default -> {
                position = start;
                throw error("expected a string, number, True, False, None, dict, tuple or list");
            }
        };
    }

    private void expect(char c) throws IOException {
        skipWhitespace();
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private boolean peek(char c) {
        return position < text.length() && text.charAt(position) == c;
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private IOException error(String what) {
        return new IOException(what + " at character " + position + " of the header " + quoted(text));
    }

    /** The text as a Python repr would quote it, shortened to a readable length. */
    static String quoted(String text) {
        String shown = text.length() > 120 ? text.substring(0, 120) + "..." : text;
        StringBuilder s = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            if (c == '\n') {
                s.append("\\n");
            } else if (c < 0x20 || c == 0x7f) {
                s.append(String.format("\\x%02x", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
