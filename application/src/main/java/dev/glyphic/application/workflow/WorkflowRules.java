package dev.glyphic.application.workflow;

import dev.glyphic.application.port.out.WorkflowRepository;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.json.StorableText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.DefinitionValidator;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.List;

/**
 * Validates a definition on save, inside the use case's transaction (sub-workflow references are looked up in the
 * same workspace). A draft may be saved with violations; anything else must pass every rule.
 */
public final class WorkflowRules {
    private final DefinitionValidator validator;
    private final WorkflowRepository workflows;

    public WorkflowRules(DefinitionValidator validator, WorkflowRepository workflows) {
        this.validator = validator;
        this.workflows = workflows;
    }

    /** The violations of the definition; throws them as one 422 unless the save is an explicit draft. */
    public List<Violation> check(OrgId orgId, WorkspaceId workspaceId, Json.Obj definition, boolean draft) {
        requireStorable(definition);
        return refuseUnlessDraft(validator.validate(definition, JsonText.utf8Length(definition),
                id -> workflows.exists(orgId, workspaceId, WorkflowId.parse(id))), draft);
    }

    /**
     * Checks a definition that must be valid wherever it lands (a template): it may not refer to other workflows,
     * since those exist in one workspace only.
     */
    public void checkPortable(Json.Obj definition) {
        requireStorable(definition);
        refuseUnlessDraft(validator.validate(definition, JsonText.utf8Length(definition), id -> false), false);
    }

    /** Even a draft must be storable: NUL characters and unpaired surrogates are refused outright. */
    private static void requireStorable(Json.Obj definition) {
        StorableText.firstUnstorable(definition, JsonPointer.ROOT.at("definition")).ifPresent(at -> {
            throw new DomainException.Invalid(new Violation(at.value(), "unstorable_text",
                    "text may not contain NUL characters or unpaired surrogates"));
        });
    }

    private static List<Violation> refuseUnlessDraft(List<Violation> violations, boolean draft) {
        if (!violations.isEmpty() && !draft) {
            throw new DomainException.Invalid(violations.stream()
                    .map(v -> new Violation("/definition" + v.pointer(), v.code(), v.message()))
                    .toList());
        }
        return violations;
    }
}
