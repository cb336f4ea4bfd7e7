package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.execution.ExecutionQuery;
import dev.glyphic.application.execution.ExecutionRecord;
import dev.glyphic.application.shared.Page;
import dev.glyphic.domain.org.OrgId;

/** A workspace's executions, newest first, filtered and paged by keyset. */
public interface ListExecutions {

    Page<ExecutionRecord> list(Caller caller, OrgId orgId, ExecutionQuery query);
}
