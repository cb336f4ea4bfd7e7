package dev.glyphic.application.port.in.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;

/** Runs an execution again as a new one (members), with the same input and trigger data. */
public interface ReplayExecution {

    /** Which version of the workflow the replay runs. */
    enum Version {
        /** The version the original ran. */
        PINNED,
        /** The workflow's current version. */
        LATEST
    }

    ExecutionRecord replay(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id, Version version);
}
