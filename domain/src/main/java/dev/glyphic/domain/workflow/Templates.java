package dev.glyphic.domain.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Text with embedded expressions, as n8n users write it: {@code "Hello {{ $input.name }}"}. A value that is one
 * expression and nothing else ({@code "{{ $input.count }}"}) evaluates to that expression's value, not to text.
 */
public final class Templates {
    public static final String OPEN = "{{";
    public static final String CLOSE = "}}";

    /** The expressions inside a text, or the problem with its braces. */
    public sealed interface Parsed {
        record Expressions(List<String> expressions) implements Parsed {
        }

        record Unbalanced(String problem) implements Parsed {
        }
    }

    private Templates() {
    }

    public static boolean hasExpressions(String text) {
        return text.contains(OPEN);
    }

    public static Parsed parse(String text) {
        List<String> expressions = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf(OPEN, from);
            int strayClose = text.indexOf(CLOSE, from);
            if (open < 0) {
                return strayClose < 0 ? new Parsed.Expressions(expressions)
                        : new Parsed.Unbalanced("'}}' without a matching '{{'");
            }
            if (strayClose >= 0 && strayClose < open) {
                return new Parsed.Unbalanced("'}}' without a matching '{{'");
            }
            int close = text.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                return new Parsed.Unbalanced("'{{' is never closed with '}}'");
            }
            String expression = text.substring(open + OPEN.length(), close).strip();
            if (expression.isEmpty()) {
                return new Parsed.Unbalanced("'{{ }}' holds no expression");
            }
            expressions.add(expression);
            from = close + CLOSE.length();
        }
    }

    /** The whole value is a single expression: it evaluates to a JSON value rather than to text. */
    public static Optional<String> soleExpression(String text) {
        String trimmed = text.strip();
        int end = trimmed.length() - CLOSE.length();
        // The first '}}' must be the last: "{{ a }}}" is the expression a and then the text "}", as parse reads it.
        if (trimmed.startsWith(OPEN) && end >= OPEN.length() && trimmed.indexOf(CLOSE, OPEN.length()) == end
                && trimmed.indexOf(OPEN, OPEN.length()) < 0) {
            String expression = trimmed.substring(OPEN.length(), end).strip();
            return expression.isEmpty() ? Optional.empty() : Optional.of(expression);
        }
        return Optional.empty();
    }
}
