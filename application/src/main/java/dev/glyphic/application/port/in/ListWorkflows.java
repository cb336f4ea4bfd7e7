package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.shared.Page;
import dev.glyphic.application.workflow.WorkflowQuery;
import dev.glyphic.application.workflow.WorkflowSummary;

public interface ListWorkflows {

    Page<WorkflowSummary> list(Caller caller, WorkflowQuery query);
}
