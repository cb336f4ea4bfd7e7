package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.TemplateId;

/** One template with its definition: the organization's own or a public one of any organization. Viewers and up. */
public interface ShowTemplate {

    WorkflowTemplate show(Caller caller, OrgId orgId, TemplateId id);
}
