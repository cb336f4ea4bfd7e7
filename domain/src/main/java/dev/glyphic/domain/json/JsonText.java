package dev.glyphic.domain.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes {@link Json} as RFC 8259 text, so the domain can store and hash workflow documents without a
 * JSON library.
 *
 * <p>Reading is strict: one value, nothing after it, no duplicate keys (a document with two values for one key
 * means different things to different readers), nesting at most {@value #MAX_DEPTH} deep and number literals at
 * most {@value #MAX_NUMBER_LENGTH} characters (both bound the work one hostile document can cause; RFC 8259 §9
 * allows such limits). Writing is compact and keeps object key order. A lone surrogate in a string is written as a
 * hex escape, so the output always encodes to UTF-8 losslessly and reads back to the same value.
 */
public final class JsonText {
    public static final int MAX_DEPTH = 512;
    public static final int MAX_NUMBER_LENGTH = 1000;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** The document is not valid JSON, or exceeds a limit; the message names what and the character offset. */
    public static final class Malformed extends RuntimeException {
        private final int offset;

        Malformed(String problem, int offset) {
            super(problem + " at offset " + offset);
            this.offset = offset;
        }

        /** Index of the offending character in the parsed string (UTF-16 units). */
        public int offset() {
            return offset;
        }
    }

    public static String write(Json value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    public static Json parse(String text) {
        return new Reader(Objects.requireNonNull(text, "text")).document();
    }

    /** The number of bytes {@code write(value)} takes in UTF-8, computed without building the text. */
    public static long utf8Length(Json value) {
        return switch (Objects.requireNonNull(value, "value")) {
            case Json.Obj o -> {
                long n = 2 + Math.max(0, o.fields().size() - 1);
                for (Map.Entry<String, Json> e : o.fields().entrySet()) {
                    n += stringLength(e.getKey()) + 1 + utf8Length(e.getValue());
                }
                yield n;
            }
            case Json.Arr a -> {
                long n = 2 + Math.max(0, a.items().size() - 1);
                for (Json item : a.items()) {
                    n += utf8Length(item);
                }
                yield n;
            }
            case Json.Str s -> stringLength(s.value());
            case Json.Num num -> num.value().toString().length();
            case Json.Bool b -> b.value() ? 4 : 5;
            case Json.Null n -> 4;
        };
    }

    private static void write(Json value, StringBuilder out) {
        switch (Objects.requireNonNull(value, "value")) {
            case Json.Obj o -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Json> e : o.fields().entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    writeString(e.getKey(), out);
                    out.append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            }
            case Json.Arr a -> {
                out.append('[');
                for (int i = 0; i < a.items().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(a.items().get(i), out);
                }
                out.append(']');
            }
            case Json.Str s -> writeString(s.value(), out);
            // BigDecimal.toString always fits the JSON number grammar: -?digits(.digits)?(E[+-]digits)?
            case Json.Num n -> out.append(n.value().toString());
            case Json.Bool b -> out.append(b.value());
            case Json.Null n -> out.append("null");
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        int plainFrom = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            out.append(s, plainFrom, i);
            plainFrom = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, plainFrom, s.length()).append('"');
    }

    private static long stringLength(String s) {
        long n = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') {
                n += 2;
            } else if (c < 0x20) {
                n += 6;
            } else if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (!Character.isSurrogate(c)) {
                n += 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 6;
            }
        }
        return n;
    }

    /** A recursive-descent reader over one string; recursion is bounded by {@link #MAX_DEPTH}. */
    private static final class Reader {
        private static final Json.Bool TRUE = new Json.Bool(true);
        private static final Json.Bool FALSE = new Json.Bool(false);

        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s;
        }

        Json document() {
            skipWhitespace();
            Json value = value(0);
            skipWhitespace();
            if (pos < s.length()) {
                throw new Malformed("unexpected " + describe(s.charAt(pos)) + " after the value", pos);
            }
            return value;
        }

        private Json value(int depth) {
            if (pos >= s.length()) {
                throw new Malformed("unexpected end of input, expected a value", pos);
            }
            char c = s.charAt(pos);
            return switch (c) {
                case '{' -> object(depth + 1);
                case '[' -> array(depth + 1);
                case '"' -> new Json.Str(string());
                case 't' -> literal("true", TRUE);
                case 'f' -> literal("false", FALSE);
                case 'n' -> literal("null", Json.NULL);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield number();
                    }
                    throw new Malformed("unexpected " + describe(c) + ", expected a value", pos);
                }
            };
        }

        private Json object(int depth) {
            enter(depth);
            pos++;
            skipWhitespace();
            if (peek() == '}') {
                pos++;
                return Json.EMPTY_OBJECT;
            }
            Map<String, Json> fields = new LinkedHashMap<>();
            while (true) {
                int keyAt = pos;
                if (peek() != '"') {
                    throw new Malformed("expected a string key", pos);
                }
                String key = string();
                skipWhitespace();
                expect(':', "expected ':'");
                skipWhitespace();
                if (fields.put(key, value(depth)) != null) {
                    throw new Malformed("duplicate key \"" + shorten(key) + "\"", keyAt);
                }
                skipWhitespace();
                char c = peek();
                pos++;
                if (c == '}') {
                    return new Json.Obj(fields);
                }
                if (c != ',') {
                    throw new Malformed("expected ',' or '}'", pos - 1);
                }
                skipWhitespace();
            }
        }

        private Json array(int depth) {
            enter(depth);
            pos++;
            skipWhitespace();
            if (peek() == ']') {
                pos++;
                return Json.EMPTY_ARRAY;
            }
            List<Json> items = new ArrayList<>();
            while (true) {
                items.add(value(depth));
                skipWhitespace();
                char c = peek();
                pos++;
                if (c == ']') {
                    return new Json.Arr(items);
                }
                if (c != ',') {
                    throw new Malformed("expected ',' or ']'", pos - 1);
                }
                skipWhitespace();
            }
        }

        private void enter(int depth) {
            if (depth > MAX_DEPTH) {
                throw new Malformed("nesting deeper than " + MAX_DEPTH, pos);
            }
        }

        private String string() {
            int start = pos++;
            // Fast path: no escapes, so the value is a plain substring.
            int i = pos;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"') {
                    pos = i + 1;
                    return s.substring(start + 1, i);
                }
                if (c == '\\' || c < 0x20) {
                    break;
                }
                i++;
            }
            StringBuilder sb = new StringBuilder(i - start + 16).append(s, start + 1, i);
            pos = i;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '"') {
                    pos++;
                    return sb.toString();
                } else if (c == '\\') {
                    escape(sb);
                } else if (c < 0x20) {
                    throw new Malformed("unescaped control character U+%04X in string".formatted((int) c), pos);
                } else {
                    sb.append(c);
                    pos++;
                }
            }
            throw new Malformed("unterminated string starting", start);
        }

        private void escape(StringBuilder sb) {
            int at = pos++;
            if (pos >= s.length()) {
                throw new Malformed("unterminated escape", at);
            }
            char c = s.charAt(pos++);
            switch (c) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> sb.append(hex4(at));
                default -> throw new Malformed("invalid escape " + describe(c), at);
            }
        }

        private char hex4(int escapeAt) {
            if (pos + 4 > s.length()) {
                throw new Malformed("\\u escape needs four hex digits", escapeAt);
            }
            int v = 0;
            for (int k = 0; k < 4; k++) {
                char h = s.charAt(pos + k);
                int d = h >= '0' && h <= '9' ? h - '0'
                        : h >= 'a' && h <= 'f' ? h - 'a' + 10
                        : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                if (d < 0) {
                    throw new Malformed("\\u escape needs four hex digits", escapeAt);
                }
                v = (v << 4) | d;
            }
            pos += 4;
            return (char) v;
        }

        private Json number() {
            int start = pos;
            if (s.charAt(pos) == '-') {
                pos++;
            }
            char first = peek();
            if (first == '0') {
                pos++;
                if (isDigit(peek())) {
                    throw new Malformed("leading zeros are not allowed", pos - 1);
                }
            } else if (first >= '1' && first <= '9') {
                digits();
            } else {
                throw new Malformed("expected a digit", pos);
            }
            boolean integer = true;
            if (peek() == '.') {
                integer = false;
                pos++;
                requireDigits("expected a digit after '.'");
            }
            if (peek() == 'e' || peek() == 'E') {
                integer = false;
                pos++;
                if (peek() == '+' || peek() == '-') {
                    pos++;
                }
                requireDigits("expected a digit in the exponent");
            }
            int length = pos - start;
            if (length > MAX_NUMBER_LENGTH) {
                throw new Malformed("number longer than " + MAX_NUMBER_LENGTH + " characters", start);
            }
            if (integer && length <= 18) {
                return new Json.Num(BigDecimal.valueOf(Long.parseLong(s, start, pos, 10)));
            }
            try {
                return new Json.Num(new BigDecimal(s.substring(start, pos)));
            } catch (NumberFormatException e) {
                throw new Malformed("number out of range", start);
            }
        }

        private void requireDigits(String problem) {
            if (!isDigit(peek())) {
                throw new Malformed(problem, pos);
            }
            digits();
        }

        private void digits() {
            while (isDigit(peek())) {
                pos++;
            }
        }

        private Json literal(String word, Json value) {
            if (!s.startsWith(word, pos)) {
                throw new Malformed("invalid literal, expected '" + word + "'", pos);
            }
            pos += word.length();
            return value;
        }

        private void expect(char c, String problem) {
            if (peek() != c) {
                throw new Malformed(problem, pos);
            }
            pos++;
        }

        private void skipWhitespace() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return;
                }
                pos++;
            }
        }

        /** The current character, or NUL at the end of input (NUL never matches grammar punctuation). */
        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static String describe(char c) {
            return c >= 0x20 && c < 0x7F ? "'" + c + "'" : "character U+%04X".formatted((int) c);
        }

        private static String shorten(String key) {
            return key.length() <= 40 ? key : key.substring(0, 40) + "…";
        }
    }
}
