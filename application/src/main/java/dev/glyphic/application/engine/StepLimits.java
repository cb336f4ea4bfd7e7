package dev.glyphic.application.engine;

import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import java.util.Optional;

/**
 * The operator's bounds on what one step may leave behind.
 *
 * @param maxOutputBytes    the largest output a node may produce, as serialized JSON (UTF-8): outputs are stored,
 *                          read back by every later step of the execution and shown by the API, so one oversized
 *                          output would cost every reader; over it the node fails with {@value #OUTPUT_TOO_LARGE}
 * @param maxRecordAttempts how many attempts of a step may end without their outcome being stored (the database
 *                          refused it) before the step fails for good with {@value #UNRECORDABLE_OUTCOME}; a step
 *                          that cannot be recorded would otherwise be taken up again, and re-run, at every lease
 *                          expiry
 */
public record StepLimits(long maxOutputBytes, int maxRecordAttempts) {
    public static final String OUTPUT_TOO_LARGE = "output_too_large";
    public static final String UNRECORDABLE_OUTCOME = "unrecordable_outcome";
    public static final StepLimits DEFAULT = new StepLimits(1_048_576, 3);

    public StepLimits {
        if (maxOutputBytes < 1 || maxRecordAttempts < 1) {
            throw new IllegalArgumentException("the output cap and the record attempts must be positive");
        }
    }

    /**
     * The outcome to record for what a node answered: a completion whose output is over the cap is a failure, and
     * not a retryable one (the node would produce the same again).
     */
    NodeOutcome admitted(NodeOutcome outcome) {
        if (outcome instanceof NodeOutcome.Completed done) {
            Optional<String> refusal = outputRefusal(done.output());
            if (refusal.isPresent()) {
                return new NodeOutcome.Failed(refusal.get(), false);
            }
        }
        return outcome;
    }

    /** Why this output may not be kept, when it is larger than the cap. */
    private Optional<String> outputRefusal(Json output) {
        long size = JsonText.utf8Length(output);
        if (size <= maxOutputBytes) {
            return Optional.empty();
        }
        return Optional.of(OUTPUT_TOO_LARGE + ": the node's output is " + size + " bytes as JSON, more than the "
                + maxOutputBytes + " bytes a node may produce");
    }
}
