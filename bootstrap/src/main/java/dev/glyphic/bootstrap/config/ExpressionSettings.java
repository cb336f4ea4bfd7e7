package dev.glyphic.bootstrap.config;

import dev.glyphic.integrations.expression.ExpressionLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Bounds of every expression a workflow evaluates ({@code glyphic.expression.*}, from the
 * {@code GLYPHIC_EXPRESSION_*} variables in application.yml; docs/operations.md, "Expression and output limits").
 */
@ConfigurationProperties("glyphic.expression")
public record ExpressionSettings(Duration timeLimit, int maxDepth, int maxItems, int maxStringLength,
                                 long maxBuiltValues, long maxResultValues) {

    public ExpressionLimits limits() {
        return new ExpressionLimits(maxItems, maxStringLength, maxBuiltValues, maxResultValues);
    }
}
