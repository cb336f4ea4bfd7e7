package dev.glyphic.integrations.expression;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import dev.glyphic.domain.workflow.ExpressionContext;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.ExpressionFailure;
import dev.glyphic.domain.json.Json;
import java.time.Duration;
import java.util.Objects;

/**
 * Evaluates JSONata expressions with dashjoin's JSONata for Java. The node's input is both the context
 * ({@code views > 1000}) and {@code $input}; {@code $trigger} and {@code $nodes} are bound beside it.
 *
 * <p>Bounds: expressions longer than {@value JsonataExpressionSyntax#MAX_LENGTH} characters are refused unread.
 * Each evaluation gets the library's runtime bounds: a time limit and a limit on evaluation depth, both checked
 * every time the evaluator enters or leaves an expression node, so a runaway recursive function ends with a
 * failure. A single built-in call that runs long on its own (a pathological regular expression) is not
 * interrupted between those checks. A stack overflow is reported as a failure, not rethrown.
 *
 * <p>Expressions reach only the built-in JSONata functions: the library calls Java only through functions
 * registered or bound from Java, and this class registers none. {@code $eval} is shadowed because it would parse
 * and run a second expression outside these bounds.
 */
public final class JsonataExpressionEvaluator implements ExpressionEvaluator {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(1);
    /** Evaluation depth, not call depth: each user function call nests several expression nodes. */
    public static final int DEFAULT_MAX_DEPTH = 300;

    private final long timeLimitMillis;
    private final int maxDepth;

    public JsonataExpressionEvaluator() {
        this(DEFAULT_TIME_LIMIT, DEFAULT_MAX_DEPTH);
    }

    public JsonataExpressionEvaluator(Duration timeLimit, int maxDepth) {
        if (timeLimit.isNegative() || timeLimit.isZero() || maxDepth < 1) {
            throw new IllegalArgumentException("time limit and depth must be positive");
        }
        this.timeLimitMillis = timeLimit.toMillis();
        this.maxDepth = maxDepth;
    }

    @Override
    public Json evaluate(String expression, ExpressionContext context) {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(context, "context");
        if (expression.length() > JsonataExpressionSyntax.MAX_LENGTH) {
            throw new ExpressionFailure(
                    "expression is longer than " + JsonataExpressionSyntax.MAX_LENGTH + " characters");
        }
        try {
            Jsonata compiled = Jsonata.jsonata(expression);
            Jsonata.Frame frame = compiled.createFrame();
            Object input = JsonataValues.toJava(context.input());
            frame.bind("input", input);
            frame.bind("trigger", JsonataValues.toJava(context.trigger()));
            frame.bind("nodes", JsonataValues.toJava(context.nodesObject()));
            frame.bind("eval", (Jsonata.Fn1<Object, Object>) ignored -> {
                throw new JException("$eval is not available in expressions", -1);
            });
            // The clock starts here, so set the bounds last, just before evaluating.
            frame.setRuntimeBounds(timeLimitMillis, maxDepth);
            return JsonataValues.toJson(compiled.evaluate(input, frame));
        } catch (JException e) {
            String where = e.getLocation() >= 0 ? " (position " + e.getLocation() + ")" : "";
            throw failure(JsonataMessages.describe(e) + where);
        } catch (ExpressionFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw failure(JsonataMessages.describe(e));
        } catch (StackOverflowError e) {
            throw failure("expression recursed too deeply");
        }
    }

    private static ExpressionFailure failure(String message) {
        return new ExpressionFailure(JsonataMessages.shorten(message));
    }
}
