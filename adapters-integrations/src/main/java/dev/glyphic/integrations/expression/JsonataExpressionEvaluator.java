package dev.glyphic.integrations.expression;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.ExpressionContext;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.ExpressionFailure;
import java.time.Duration;
import java.util.Objects;

/**
 * Evaluates JSONata expressions with dashjoin's JSONata for Java. The node's input is both the context
 * ({@code views > 1000}) and {@code $input}; {@code $trigger} and {@code $nodes} are bound beside it.
 *
 * <p>Bounds: expressions longer than {@value JsonataExpressionSyntax#MAX_LENGTH} characters are refused unread.
 * Each evaluation gets runtime bounds ({@link EvaluationBounds}): a time limit and a limit on evaluation depth,
 * checked every time the evaluator enters or leaves an expression node, so a runaway recursive function ends with
 * a failure, and the size of every value built ({@link ExpressionLimits}), so that no expression can take the
 * server's memory. No single built-in call can run long on its own: regular expressions run on RE2/J in linear
 * time ({@link Re2Regex}, {@link BoundedFunctions}) and the functions that could build a large value from small
 * arguments check first. A stack overflow is reported as a failure, not rethrown.
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
    private final ExpressionLimits limits;
    private final BoundedFunctions functions;

    public JsonataExpressionEvaluator() {
        this(DEFAULT_TIME_LIMIT, DEFAULT_MAX_DEPTH);
    }

    public JsonataExpressionEvaluator(Duration timeLimit, int maxDepth) {
        this(timeLimit, maxDepth, ExpressionLimits.DEFAULT);
    }

    public JsonataExpressionEvaluator(Duration timeLimit, int maxDepth, ExpressionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.functions = new BoundedFunctions(limits);
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
            JsonataAst.replaceRegexes(compiled, Re2Regex::of);
            Jsonata.Frame frame = compiled.createFrame();
            functions.bindInto(frame);
            Object input = JsonataValues.toJava(context.input());
            frame.bind("input", input);
            frame.bind("trigger", JsonataValues.toJava(context.trigger()));
            frame.bind("nodes", JsonataValues.toJava(context.nodesObject()));
            frame.bind("eval", (Jsonata.Fn1<Object, Object>) ignored -> {
                throw new JException("$eval is not available in expressions", -1);
            });
            // The clock starts here, so set the bounds last, just before evaluating.
            new EvaluationBounds(timeLimitMillis, maxDepth, limits).install(frame);
            return JsonataValues.toJson(compiled.evaluate(input, frame), limits.maxResultValues());
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
