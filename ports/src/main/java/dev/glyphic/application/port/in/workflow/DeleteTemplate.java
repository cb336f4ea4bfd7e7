package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.TemplateId;

/**
 * Deletes one of the organization's own templates (members; a public one takes an admin). Another organization's
 * public template is not found here, like one that does not exist.
 */
public interface DeleteTemplate {

    void delete(Caller caller, OrgId orgId, TemplateId id);
}
