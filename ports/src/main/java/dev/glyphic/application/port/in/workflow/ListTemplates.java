package dev.glyphic.application.port.in.workflow;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.workflow.TemplateSummary;
import dev.glyphic.domain.org.OrgId;
import java.util.Optional;

/** The organization's templates and the public ones of every organization, without definitions. Viewers and up. */
public interface ListTemplates {

    Page<TemplateSummary> list(Caller caller, OrgId orgId, Optional<String> category, PageRequest page);
}
