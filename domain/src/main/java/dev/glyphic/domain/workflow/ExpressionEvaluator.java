package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;

/**
 * Evaluates one expression (the text between {@code {{} and {@code }}}) against a node's variables. The language
 * is provided by an adapter (JSONata); implementations must bound the work an expression can do and must never
 * let an expression reach code outside the language.
 */
@FunctionalInterface
public interface ExpressionEvaluator {

    /**
     * The expression's JSON value; an expression that yields nothing (JSONata's {@code undefined}) yields
     * {@link Json#NULL}.
     *
     * @throws ExpressionFailure when the expression does not parse, fails, or exceeds a bound
     */
    Json evaluate(String expression, ExpressionContext context);
}
