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
 * means different things to different readers), and within {@link JsonLimits} (nesting, numbers, storable text;
 * RFC 8259 §9 allows such limits), so that whatever it reads can be stored. Writing is compact and keeps object key
 * order. A lone surrogate in a string is written as a hex escape, so the output always encodes to UTF-8 losslessly.
 */
public final class JsonText {
    public static final int MAX_DEPTH = JsonLimits.MAX_DEPTH;
    public static final int MAX_NUMBER_LENGTH = JsonLimits.MAX_NUMBER_LENGTH;
    /** The code of a syntax error; a broken limit carries the limit's code ({@link JsonLimits#TOO_DEEP}, …). */
    public static final String MALFORMED = "malformed_json";

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonText() {
    }

    /** The document is not valid JSON, or exceeds a limit; the message names what and the character offset. */
    public static final class Malformed extends RuntimeException {
        private final int offset;
        private final String code;

        Malformed(String problem, int offset) {
            this(MALFORMED, problem, offset);
        }

        Malformed(String code, String problem, int offset) {
            super(problem + " at offset " + offset);
            this.offset = offset;
            this.code = code;
        }

        /** {@link #MALFORMED}, or the code of the {@link JsonLimits} breached. */
        public String code() {
            return code;
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
        return new JsonReader(Objects.requireNonNull(text, "text")).document();
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

}
