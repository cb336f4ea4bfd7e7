package dev.glyphic.application.port.out.workflow;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.workflow.TemplateId;
import java.util.List;
import java.util.Optional;

/**
 * Templates. Inside a tenant scope, the organization's own templates and every public one are visible; only its
 * own can be written.
 */
public interface TemplateRepository {

    void insert(WorkflowTemplate template);

    /** A template visible to {@code viewer}: its own, or a public one of another organization. */
    Optional<WorkflowTemplate> find(OrgId viewer, TemplateId id);

    /** Visible templates, optionally of one category, in id order, fetching one more than the limit. */
    List<TemplateSummary> list(OrgId viewer, Optional<String> category, PageRequest page);

    void delete(OrgId owner, TemplateId id);
}
