package dev.glyphic.domain.workflow;

/**
 * Bounds on one workflow document. They keep a single save from costing the editor, the validator or the engine
 * an unbounded amount of work.
 */
public record DefinitionLimits(int maxNodes, long maxBytes) {
    public static final DefinitionLimits DEFAULT = new DefinitionLimits(1_000, 2L * 1024 * 1024);

    public DefinitionLimits {
        if (maxNodes < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
