package dev.glyphic.domain.workflow;

import java.util.Optional;

/**
 * Checks the syntax of one expression (the text between {@code {{} and {@code }}}). The language itself is
 * provided by an adapter (JSONata); the domain only needs to know whether an expression parses.
 */
@FunctionalInterface
public interface ExpressionSyntax {

    /** What is wrong with the expression, or empty when it parses. */
    Optional<String> problem(String expression);
}
