package dev.glyphic.integrations.expression;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A regular expression literal of an expression ({@code /a+b/i}), compiled for RE2/J: matching takes time linear in
 * the input whatever the pattern, so no pattern can keep a core busy past the expression's time bound. It stands
 * where the library would put a java.util.regex pattern: it is a function to the library (a regex may be applied,
 * {@code /a/("cat")}, or passed to a higher-order function), and {@link Re2Functions} take it as their pattern.
 */
final class Re2Regex extends Jsonata.JFunction {
    private final Pattern pattern;

    private Re2Regex(Pattern pattern) {
        super((input, args) -> null, null);
        this.pattern = pattern;
    }

    /**
     * The library's compiled literal, compiled again for RE2/J with the same flags.
     *
     * @throws JException when the pattern uses what RE2 cannot do in linear time (backreferences, lookaround)
     */
    static Re2Regex of(Object literal) {
        if (!(literal instanceof java.util.regex.Pattern compiled)) {
            throw new IllegalStateException("a regex literal that is not a pattern: " + literal);
        }
        int flags = 0;
        if ((compiled.flags() & java.util.regex.Pattern.CASE_INSENSITIVE) != 0) {
            flags |= Pattern.CASE_INSENSITIVE;
        }
        if ((compiled.flags() & java.util.regex.Pattern.MULTILINE) != 0) {
            flags |= Pattern.MULTILINE;
        }
        try {
            return new Re2Regex(Pattern.compile(compiled.pattern(), flags));
        } catch (PatternSyntaxException e) {
            throw new JException("regex_unsupported: /" + shown(compiled.pattern()) + "/ cannot run in linear time"
                    + " (backreferences, lookahead and lookbehind are not available): " + e.getDescription(), -1);
        }
    }

    Pattern pattern() {
        return pattern;
    }

    /** Applied as a function: the first match in the string, with {@code next} for the one after, as JSONata does. */
    @Override
    public Object call(Object input, List args) {
        Object subject = args == null || args.isEmpty() ? input : args.getFirst();
        if (!(subject instanceof String text)) {
            return null;
        }
        return next(pattern.matcher(text));
    }

    private static Map<String, Object> next(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        String group = matcher.group();
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("match", group);
        match.put("start", matcher.start());
        match.put("end", matcher.end());
        match.put("groups", List.of(group));
        match.put("next", (Jsonata.Fn0<Map<String, Object>>) () -> next(matcher));
        return match;
    }

    private static String shown(String pattern) {
        return pattern.length() <= 40 ? pattern : pattern.substring(0, 40) + "…";
    }

    @Override
    public String toString() {
        return "/" + pattern.pattern() + "/";
    }
}
