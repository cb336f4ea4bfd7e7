package dev.glyphic.integrations.expression;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import dev.glyphic.domain.workflow.ExpressionSyntax;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * JSONata syntax checks with dashjoin's JSONata for Java. Expressions are parsed, never evaluated, so variables
 * bound only at run time ({@code $input}, {@code $trigger}) and unknown functions are accepted here.
 *
 * <p>Work is bounded: expressions longer than {@value #MAX_LENGTH} characters are refused unread, and the
 * library's recursive parser running out of stack on deeply nested input is reported as a problem rather than
 * escaping as an error. How deep is too deep depends on the calling thread's stack: about 500 nested parentheses
 * on a 1 MiB stack, far beyond any hand-written expression.
 */
public final class JsonataExpressionSyntax implements ExpressionSyntax {
    public static final int MAX_LENGTH = 10_000;
    static final int MAX_MESSAGE_LENGTH = JsonataMessages.MAX_LENGTH;
    /**
     * Verdicts of recent short expressions. Parsing costs about 40 µs an expression; editors save often and
     * expressions repeat within and across saves (the 500-node benchmark spent a third of its save time here).
     * Bounded in entries and in the length of what is kept, so the cache stays small.
     */
    private static final int CACHE_ENTRIES = 4_096;
    private static final int CACHE_MAX_EXPRESSION = 512;

    private final Map<String, Optional<String>> verdicts = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<String>> eldest) {
                    return size() > CACHE_ENTRIES;
                }
            });

    @Override
    public Optional<String> problem(String expression) {
        Objects.requireNonNull(expression, "expression");
        if (expression.length() > MAX_LENGTH) {
            return Optional.of("expression is longer than " + MAX_LENGTH + " characters");
        }
        if (expression.length() > CACHE_MAX_EXPRESSION) {
            return parse(expression);
        }
        Optional<String> known = verdicts.get(expression);
        if (known != null) {
            return known;
        }
        Optional<String> verdict = parse(expression);
        verdicts.put(expression, verdict);
        return verdict;
    }

    private static Optional<String> parse(String expression) {
        try {
            // A regular expression RE2 cannot run (a backreference, lookaround) is refused at save, not at run time.
            JsonataAst.replaceRegexes(Jsonata.jsonata(expression), Re2Regex::of);
            return Optional.empty();
        } catch (JException e) {
            String where = e.getLocation() >= 0 ? " (position " + e.getLocation() + ")" : "";
            return Optional.of(JsonataMessages.shorten(JsonataMessages.describe(e) + where));
        } catch (RuntimeException e) {
            return Optional.of(JsonataMessages.shorten(JsonataMessages.describe(e)));
        } catch (StackOverflowError e) {
            return Optional.of("expression is nested too deeply");
        }
    }
}
