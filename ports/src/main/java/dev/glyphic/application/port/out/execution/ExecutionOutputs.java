package dev.glyphic.application.port.out.execution;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.ExecutionOutput;
import dev.glyphic.domain.org.OrgId;
import java.util.List;

/** What executions produced that outlives them (scripts, images, voice-overs, videos), in the tenant transaction. */
public interface ExecutionOutputs {

    /** Records the outputs. */
    void insert(OrgId orgId, List<ExecutionOutput> outputs);

    /** What an execution produced, in the order it did. */
    List<ExecutionOutput> of(OrgId orgId, ExecutionId executionId);
}
