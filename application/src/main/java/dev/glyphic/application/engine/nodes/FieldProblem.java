package dev.glyphic.application.engine.nodes;

import dev.glyphic.domain.execution.NodeOutcome;

/**
 * A field of the node could not be read at run time: an expression failed, or it rendered to something the node
 * cannot use. Another attempt would render the same thing, so the node fails at once, naming the field.
 */
final class FieldProblem extends RuntimeException {

    FieldProblem(String field, String problem) {
        super("field " + field + ": " + problem, null, false, false);
    }

    NodeOutcome.Failed outcome() {
        return new NodeOutcome.Failed(getMessage(), false);
    }
}
