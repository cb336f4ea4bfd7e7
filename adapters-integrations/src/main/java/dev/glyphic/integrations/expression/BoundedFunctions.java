package dev.glyphic.integrations.expression;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import com.google.re2j.Matcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in functions that this adapter replaces, bound over the library's in each evaluation's frame (a
 * frame's binding shadows a built-in of the same name), with the library's signatures so that arguments and the
 * context are handled as before:
 * <ul>
 *   <li>{@code $match}, {@code $contains}, {@code $replace}, {@code $split} match with RE2/J ({@link Re2Regex}), in
 *   time linear in the input; a string pattern is matched literally, as JSONata says;</li>
 *   <li>{@code $pad}, {@code $join}, {@code $replace}, {@code $split}, {@code $match} check the size of what they
 *   build before or while they build it ({@link ExpressionLimits}); the library's {@code $pad} builds its padding
 *   in quadratic time.</li>
 * </ul>
 */
final class BoundedFunctions {
    private final ExpressionLimits limits;
    /** Made once: parsing a signature compiles patterns. Shared as the library shares its own built-ins. */
    private final Map<String, Jsonata.JFunction> functions = new LinkedHashMap<>();

    BoundedFunctions(ExpressionLimits limits) {
        this.limits = limits;
        functions.put("match", new Jsonata.JFunction((input, args) -> match(args), "<s-f<s:o>n?:a<o>>"));
        functions.put("contains", new Jsonata.JFunction((input, args) -> contains(args), "<s-(sf):b>"));
        functions.put("replace", new Jsonata.JFunction((input, args) -> replace(args), "<s-(sf)(sf)n?:s>"));
        functions.put("split", new Jsonata.JFunction((input, args) -> split(args), "<s-(sf)n?:a<s>>"));
        functions.put("pad", new Jsonata.JFunction((input, args) -> pad(args), "<s-ns?:s>"));
        functions.put("join", new Jsonata.JFunction((input, args) -> join(args), "<a<s>s?:s>"));
    }

    void bindInto(Jsonata.Frame frame) {
        functions.forEach(frame::bind);
    }

    private Object match(List<?> args) {
        if (!(arg(args, 0) instanceof String text)) {
            return null;
        }
        Re2Regex regex = regex(arg(args, 1), "$match");
        long limit = limit(arg(args, 2), "$match");
        List<Object> matches = Utils.createSequence();
        Matcher m = regex.pattern().matcher(text);
        while (matches.size() < limit && m.find()) {
            Map<String, Object> match = new LinkedHashMap<>();
            match.put("match", m.group());
            match.put("index", m.start());
            List<String> groups = new ArrayList<>();
            for (int g = 1; g <= m.groupCount(); g++) {
                groups.add(m.group(g));
            }
            match.put("groups", groups);
            matches.add(match);
            items(matches.size(), "$match");
        }
        return matches;
    }

    private Object contains(List<?> args) {
        if (!(arg(args, 0) instanceof String text)) {
            return null;
        }
        Object token = arg(args, 1);
        if (token instanceof String literal) {
            return text.contains(literal);
        }
        return regex(token, "$contains").pattern().matcher(text).find();
    }

    private Object replace(List<?> args) throws Throwable {
        if (!(arg(args, 0) instanceof String text)) {
            return null;
        }
        Object pattern = arg(args, 1);
        Object replacement = arg(args, 2);
        long limit = limit(arg(args, 3), "$replace");
        if (pattern instanceof String literal && literal.isEmpty()) {
            throw new JException("D3010", -1);
        }
        if (!(replacement instanceof String) && !isFunction(replacement)) {
            throw new JException("T0410", -1);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int done = 0;
        if (pattern instanceof String literal) {
            for (int at = text.indexOf(literal); at >= 0 && done < limit; at = text.indexOf(literal, from)) {
                out.append(text, from, at);
                out.append(replacement instanceof String r ? r : replaced(replacement, literal, at, List.of()));
                from = at + literal.length();
                done++;
                length(out.length(), "$replace");
            }
        } else {
            Matcher m = regex(pattern, "$replace").pattern().matcher(text);
            while (done < limit && m.find()) {
                out.append(text, from, m.start());
                List<String> groups = new ArrayList<>();
                for (int g = 1; g <= m.groupCount(); g++) {
                    groups.add(m.group(g) == null ? "" : m.group(g));
                }
                out.append(replacement instanceof String r ? substituted(r, m.group(), groups)
                        : replaced(replacement, m.group(), m.start(), groups));
                from = m.end();
                done++;
                length(out.length(), "$replace");
                if (m.end() == m.start()) {
                    // JSONata refuses a pattern that matches the empty string: it would replace forever.
                    throw new JException("D1004", -1);
                }
            }
        }
        out.append(text, from, text.length());
        length(out.length(), "$replace");
        return out.toString();
    }

    /** A replacement text with {@code $0} (the match), {@code $1}… (its groups) and {@code $$} (a dollar) filled. */
    private static String substituted(String replacement, String match, List<String> groups) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c != '$' || i + 1 >= replacement.length()) {
                out.append(c);
            } else if (replacement.charAt(i + 1) == '$') {
                out.append('$');
                i++;
            } else if (Character.isDigit(replacement.charAt(i + 1))) {
                // The longest group number that exists; a number with no group stands for nothing.
                int end = i + 1;
                while (end < replacement.length() && Character.isDigit(replacement.charAt(end))) {
                    end++;
                }
                int used = end;
                String digits = replacement.substring(i + 1, used);
                while (digits.length() > 1 && Long.parseLong(digits) > groups.size()) {
                    used--;
                    digits = replacement.substring(i + 1, used);
                }
                int group = Integer.parseInt(digits);
                out.append(group == 0 ? match : group <= groups.size() ? groups.get(group - 1) : "");
                i = used - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String replaced(Object function, String match, int index, List<String> groups) throws Throwable {
        Map<String, Object> argument = new LinkedHashMap<>();
        argument.put("match", match);
        argument.put("index", index);
        argument.put("groups", groups);
        Object result = Functions.funcApply(function, List.of(argument));
        if (!(result instanceof String text)) {
            throw new JException("D3012", -1);
        }
        return text;
    }

    private Object split(List<?> args) {
        if (!(arg(args, 0) instanceof String text)) {
            return null;
        }
        Object separator = arg(args, 1);
        long limit = limit(arg(args, 2), "$split");
        List<Object> parts = new ArrayList<>();
        if (separator instanceof String literal && literal.isEmpty()) {
            for (int i = 0; i < text.length() && parts.size() < limit; i++) {
                parts.add(String.valueOf(text.charAt(i)));
                items(parts.size(), "$split");
            }
        } else if (separator instanceof String literal) {
            int from = 0;
            for (int at = text.indexOf(literal); at >= 0 && parts.size() < limit; at = text.indexOf(literal, from)) {
                parts.add(text.substring(from, at));
                items(parts.size(), "$split");
                from = at + literal.length();
            }
            if (parts.size() < limit) {
                parts.add(text.substring(from));
            }
        } else {
            Matcher m = regex(separator, "$split").pattern().matcher(text);
            int from = 0;
            while (parts.size() < limit && m.find()) {
                if (m.end() == 0 && m.start() == 0) {
                    continue;
                }
                parts.add(text.substring(from, m.start()));
                items(parts.size(), "$split");
                from = m.end();
            }
            if (parts.size() < limit) {
                parts.add(text.substring(from));
            }
        }
        items(parts.size(), "$split");
        return parts;
    }

    private Object pad(List<?> args) {
        if (!(arg(args, 0) instanceof String text)) {
            return null;
        }
        if (!(arg(args, 1) instanceof Number width)) {
            throw new JException("T0410", -1);
        }
        String padding = arg(args, 2) instanceof String p && !p.isEmpty() ? p : " ";
        long wanted = Math.abs(width.longValue());
        if (wanted > limits.maxStringLength()) {
            throw tooLarge("$pad would make a string of " + wanted + " characters, more than the "
                    + limits.maxStringLength() + " one string may have");
        }
        int have = text.codePointCount(0, text.length());
        if (wanted <= have) {
            return text;
        }
        int[] pad = padding.codePoints().toArray();
        StringBuilder fill = new StringBuilder();
        for (long i = 0; i < wanted - have; i++) {
            fill.appendCodePoint(pad[(int) (i % pad.length)]);
        }
        return width.longValue() > 0 ? text + fill : fill + text;
    }

    private Object join(List<?> args) {
        Object strings = arg(args, 0);
        if (strings == null) {
            return null;
        }
        List<?> items = strings instanceof List<?> list ? list : List.of(strings);
        String separator = arg(args, 1) instanceof String s ? s : "";
        long length = (long) separator.length() * Math.max(0, items.size() - 1);
        for (Object item : items) {
            if (!(item instanceof String text)) {
                throw new JException("T0412", -1);
            }
            length += text.length();
        }
        if (length > limits.maxStringLength()) {
            throw tooLarge("$join would make a string of " + length + " characters, more than the "
                    + limits.maxStringLength() + " one string may have");
        }
        StringBuilder out = new StringBuilder((int) length);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append((String) items.get(i));
        }
        return out.toString();
    }

    private static Object arg(List<?> args, int index) {
        Object value = args != null && args.size() > index ? args.get(index) : null;
        return value == Jsonata.NULL_VALUE ? null : value;
    }

    private static boolean isFunction(Object value) {
        return value instanceof Jsonata.JFunctionCallable || Functions.isLambda(value)
                || value instanceof Jsonata.JLambda;
    }

    private static Re2Regex regex(Object pattern, String function) {
        if (pattern instanceof Re2Regex regex) {
            return regex;
        }
        throw new JException(function + " needs a regular expression literal (/…/) or, where allowed, a string"
                + " as its pattern", -1);
    }

    private static long limit(Object limit, String function) {
        if (limit == null) {
            return Long.MAX_VALUE;
        }
        if (!(limit instanceof Number n) || n.doubleValue() < 0) {
            throw new JException(function + ": the limit must be a number, at least 0", -1);
        }
        return n.longValue();
    }

    private void items(int count, String function) {
        if (count > limits.maxItems()) {
            throw tooLarge(function + " would make more than " + limits.maxItems() + " items");
        }
    }

    private void length(int length, String function) {
        if (length > limits.maxStringLength()) {
            throw tooLarge(function + " would make a string of more than " + limits.maxStringLength()
                    + " characters");
        }
    }

    static JException tooLarge(String what) {
        return new JException(ExpressionLimits.TOO_LARGE + ": " + what, -1);
    }
}
