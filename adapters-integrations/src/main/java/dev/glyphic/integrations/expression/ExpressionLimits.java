package dev.glyphic.integrations.expression;

/**
 * What one expression may build, checked while it is built: every value an expression step yields is measured as
 * it is yielded, and the built-in functions that could make a large value from small arguments ({@code $pad},
 * {@code $join}, {@code $replace}, {@code $split}, {@code $match}) check before or while they build it. A range
 * ({@code [1..n]}) is lazy in the library, so refusing it when it is yielded refuses it before it is materialised.
 * Over a bound the expression fails with {@value #TOO_LARGE}.
 *
 * @param maxItems        items in one array or entries in one object (a range's size included)
 * @param maxStringLength characters in one string
 * @param maxBuiltValues  values built over the whole evaluation: each array item and object entry yielded by a step
 *                        counts, and a string counts one per 16 characters, so nesting and loops cannot pile up
 *                        what no single value shows
 * @param maxResultValues values in the expression's result (every nested item, entry and scalar)
 */
public record ExpressionLimits(int maxItems, int maxStringLength, long maxBuiltValues, long maxResultValues) {
    public static final String TOO_LARGE = "expression_too_large";
    public static final ExpressionLimits DEFAULT = new ExpressionLimits(100_000, 1_048_576, 2_000_000, 500_000);

    public ExpressionLimits {
        if (maxItems < 1 || maxStringLength < 1 || maxBuiltValues < 1 || maxResultValues < 1) {
            throw new IllegalArgumentException("expression limits must be positive");
        }
    }
}
