package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.workflow.WorkflowTemplate;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;

/**
 * Creates a template of the organization from a definition. Members may; a public one takes an admin. The
 * definition must be valid and refer to no other workflow, and a public one may hold no literal secrets.
 */
public interface CreateTemplate {

    WorkflowTemplate create(Caller caller, OrgId orgId, TemplateDetails details, Json.Obj definition);
}
