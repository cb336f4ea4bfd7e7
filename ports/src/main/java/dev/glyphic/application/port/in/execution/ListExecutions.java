package dev.glyphic.application.port.in.execution;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.execution.ExecutionQuery;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.domain.org.OrgId;

/** A workspace's executions, newest first, filtered and paged by keyset. */
public interface ListExecutions {

    Page<ExecutionRecord> list(Caller caller, OrgId orgId, ExecutionQuery query);
}
