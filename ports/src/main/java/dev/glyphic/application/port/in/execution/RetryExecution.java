package dev.glyphic.application.port.in.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;

/**
 * Retries a failed execution from its failed node (members): the execution is queued again, keeping what its
 * succeeded steps produced; its failed steps run again as a new generation (a new idempotency key), and the steps
 * its failure cancelled run again.
 */
public interface RetryExecution {

    ExecutionRecord retry(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id);
}
