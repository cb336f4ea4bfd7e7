package dev.glyphic.integrations.expression;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import java.util.List;
import java.util.Map;

/**
 * One evaluation's runtime bounds, checked every time the evaluator enters or leaves an expression step (the
 * library's entry and exit callbacks, which its own time box would otherwise take): a time limit, a depth limit,
 * the calling thread's interruption (a node past its timeout is interrupted: its expression stops at its next step
 * instead of running on for nobody), and the size of every value a step yields ({@link ExpressionLimits}).
 */
final class EvaluationBounds {
    private final long deadlineNanos;
    private final long timeLimitMillis;
    private final int maxDepth;
    private final ExpressionLimits limits;
    private int depth;
    private long built;

    EvaluationBounds(long timeLimitMillis, int maxDepth, ExpressionLimits limits) {
        this.timeLimitMillis = timeLimitMillis;
        this.deadlineNanos = System.nanoTime() + timeLimitMillis * 1_000_000;
        this.maxDepth = maxDepth;
        this.limits = limits;
    }

    void install(Jsonata.Frame frame) {
        frame.setEvaluateEntryCallback((expr, input, env) -> {
            if (env.isParallelCall) {
                return;
            }
            depth++;
            check();
        });
        frame.setEvaluateExitCallback((expr, input, env, result) -> {
            if (env.isParallelCall) {
                return;
            }
            depth--;
            measure(result);
            check();
        });
    }

    private void check() {
        if (depth > maxDepth) {
            throw new JException("Stack overflow error: Check for non-terminating recursive function. Depth=" + depth
                    + " max=" + maxDepth, -1);
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new JException("Expression evaluation timeout: it ran longer than " + timeLimitMillis + " ms", -1);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new JException("Expression evaluation stopped: its node was stopped (timed out or cancelled)", -1);
        }
    }

    private void measure(Object value) {
        switch (value) {
            case List<?> list -> {
                if (list.size() > limits.maxItems()) {
                    throw BoundedFunctions.tooLarge("an array of " + list.size() + " items, more than the "
                            + limits.maxItems() + " one array may have");
                }
                spend(list.size());
            }
            case Map<?, ?> map -> {
                if (map.size() > limits.maxItems()) {
                    throw BoundedFunctions.tooLarge("an object of " + map.size() + " entries, more than the "
                            + limits.maxItems() + " one object may have");
                }
                spend(map.size());
            }
            case String text -> {
                if (text.length() > limits.maxStringLength()) {
                    throw BoundedFunctions.tooLarge("a string of " + text.length() + " characters, more than the "
                            + limits.maxStringLength() + " one string may have");
                }
                spend(1 + text.length() / 16);
            }
            case null, default -> {
            }
        }
    }

    private void spend(long values) {
        built += values;
        if (built > limits.maxBuiltValues()) {
            throw BoundedFunctions.tooLarge("it built more than " + limits.maxBuiltValues()
                    + " values in all (array items, object entries, 16-character pieces of strings)");
        }
    }
}
