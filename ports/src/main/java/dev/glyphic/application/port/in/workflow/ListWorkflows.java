package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.workflow.WorkflowQuery;
import dev.glyphic.application.port.out.workflow.WorkflowSummary;

public interface ListWorkflows {

    Page<WorkflowSummary> list(Caller caller, WorkflowQuery query);
}
