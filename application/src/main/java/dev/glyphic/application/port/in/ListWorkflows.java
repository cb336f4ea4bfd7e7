package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.shared.Page;
import dev.glyphic.application.workflow.WorkflowQuery;
import dev.glyphic.domain.workflow.Workflow;

public interface ListWorkflows {

    Page<Workflow> list(Caller caller, WorkflowQuery query);
}
