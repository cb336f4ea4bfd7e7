package dev.glyphic.domain.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A recursive-descent reader over one string, within {@link JsonLimits}; recursion is bounded by its depth. */
final class JsonReader {
    private static final Json.Bool TRUE = new Json.Bool(true);
    private static final Json.Bool FALSE = new Json.Bool(false);

    private final String s;
    private int pos;

    JsonReader(String s) {
        this.s = s;
    }

    Json document() {
        skipWhitespace();
        Json value = value(0);
        skipWhitespace();
        if (pos < s.length()) {
            throw new JsonText.Malformed("unexpected " + describe(s.charAt(pos)) + " after the value", pos);
        }
        return value;
    }

    private Json value(int depth) {
        if (pos >= s.length()) {
            throw new JsonText.Malformed("unexpected end of input, expected a value", pos);
        }
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object(depth + 1);
            case '[' -> array(depth + 1);
            case '"' -> {
                int at = pos;
                yield new Json.Str(storable(string(), at));
            }
            case 't' -> literal("true", TRUE);
            case 'f' -> literal("false", FALSE);
            case 'n' -> literal("null", Json.NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw new JsonText.Malformed("unexpected " + describe(c) + ", expected a value", pos);
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
                throw new JsonText.Malformed("expected a string key", pos);
            }
            String key = string();
            storable(key, keyAt);
            skipWhitespace();
            expect(':', "expected ':'");
            skipWhitespace();
            if (fields.put(key, value(depth)) != null) {
                throw new JsonText.Malformed("duplicate key \"" + shorten(key) + "\"", keyAt);
            }
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                return new Json.Obj(fields);
            }
            if (c != ',') {
                throw new JsonText.Malformed("expected ',' or '}'", pos - 1);
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
                throw new JsonText.Malformed("expected ',' or ']'", pos - 1);
            }
            skipWhitespace();
        }
    }

    private void enter(int depth) {
        if (depth > JsonLimits.MAX_DEPTH) {
            throw new JsonText.Malformed(JsonLimits.TOO_DEEP, JsonLimits.depthMessage(), pos);
        }
    }

    /** Refused as read, at the offset where the string starts. */
    private static String storable(String text, int at) {
        if (!JsonLimits.isStorable(text)) {
            throw new JsonText.Malformed(JsonLimits.UNSTORABLE_TEXT, JsonLimits.unstorableTextMessage(), at);
        }
        return text;
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
                throw new JsonText.Malformed("unescaped control character U+%04X in string".formatted((int) c), pos);
            } else {
                sb.append(c);
                pos++;
            }
        }
        throw new JsonText.Malformed("unterminated string starting", start);
    }

    private void escape(StringBuilder sb) {
        int at = pos++;
        if (pos >= s.length()) {
            throw new JsonText.Malformed("unterminated escape", at);
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
            default -> throw new JsonText.Malformed("invalid escape " + describe(c), at);
        }
    }

    private char hex4(int escapeAt) {
        if (pos + 4 > s.length()) {
            throw new JsonText.Malformed("\\u escape needs four hex digits", escapeAt);
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
            char h = s.charAt(pos + k);
            int d = h >= '0' && h <= '9' ? h - '0'
                    : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) {
                throw new JsonText.Malformed("\\u escape needs four hex digits", escapeAt);
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
                throw new JsonText.Malformed("leading zeros are not allowed", pos - 1);
            }
        } else if (first >= '1' && first <= '9') {
            digits();
        } else {
            throw new JsonText.Malformed("expected a digit", pos);
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
        if (length > JsonLimits.MAX_NUMBER_LENGTH) {
            throw new JsonText.Malformed(JsonLimits.NUMBER_OUT_OF_RANGE,
                    "number longer than " + JsonLimits.MAX_NUMBER_LENGTH + " characters", start);
        }
        if (integer && length <= 18) {
            return new Json.Num(BigDecimal.valueOf(Long.parseLong(s, start, pos, 10)));
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s.substring(start, pos));
        } catch (NumberFormatException e) {
            throw new JsonText.Malformed(JsonLimits.NUMBER_OUT_OF_RANGE, "number out of range", start);
        }
        if (!JsonLimits.numberFits(value)) {
            throw new JsonText.Malformed(JsonLimits.NUMBER_OUT_OF_RANGE, "number out of range: "
                    + JsonLimits.numberMessage(), start);
        }
        return new Json.Num(value);
    }

    private void requireDigits(String problem) {
        if (!isDigit(peek())) {
            throw new JsonText.Malformed(problem, pos);
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
            throw new JsonText.Malformed("invalid literal, expected '" + word + "'", pos);
        }
        pos += word.length();
        return value;
    }

    private void expect(char c, String problem) {
        if (peek() != c) {
            throw new JsonText.Malformed(problem, pos);
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
