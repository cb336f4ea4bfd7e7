package dev.glyphic.domain.workflow;

/**
 * An expression could not be evaluated: it does not parse, refers to something that fails at run time, or
 * exceeded a bound (length, time, depth). The message says what failed in a line a workflow author can act on.
 */
public final class ExpressionFailure extends RuntimeException {

    public ExpressionFailure(String message) {
        super(message, null, false, false);
    }
}
