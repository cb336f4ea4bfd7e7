package dev.glyphic.application.workflow;

import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonLimits;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.DefinitionValidator;
import dev.glyphic.domain.workflow.SubworkflowCycles;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates a definition on save: the rules that need no database before the transaction, the sub-workflow
 * references (which must exist in the same workspace) inside it. A draft may be saved with violations; anything
 * else must pass every rule.
 */
public final class WorkflowRules {
    private final DefinitionValidator validator;
    private final WorkflowRepository workflows;
    private final SubworkflowCycles cycles;

    public WorkflowRules(DefinitionValidator validator, WorkflowRepository workflows, SubworkflowCycles cycles) {
        this.validator = validator;
        this.workflows = workflows;
        this.cycles = cycles;
    }

    /**
     * What can be checked without the database, to run before the transaction opens: validation is CPU work, and
     * a pooled connection should not sit idle in a transaction while it happens.
     *
     * @param references the workflow ids the definition refers to, still to be checked in the workspace
     */
    public record Precheck(Json.Obj definition, List<Violation> violations, Set<String> references) {
    }

    public Precheck precheck(Json.Obj definition) {
        requireStorable(definition);
        Set<String> references = new LinkedHashSet<>();
        List<Violation> violations = validator.validate(definition, JsonText.utf8Length(definition), id -> {
            references.add(id);
            return true;
        });
        return new Precheck(definition, violations, references);
    }

    /**
     * Inside the use case's transaction: the references must name live workflows of the workspace. Returns every
     * violation; throws them as one 422 unless the save is an explicit draft.
     */
    public List<Violation> finish(Precheck precheck, OrgId orgId, WorkspaceId workspaceId, boolean draft) {
        return refuseUnlessDraft(referenceViolations(precheck, orgId, workspaceId), draft);
    }

    /**
     * As {@link #finish(Precheck, OrgId, WorkspaceId, boolean)} for a new definition of an existing workflow, which
     * may also close a loop of sub-workflow references through itself ({@link SubworkflowCycles}): refused like any
     * other violation. Saves that change references in a workspace go one after another, so that two saves racing
     * (A now starts B, B now starts A) cannot each miss the other's new reference.
     */
    public List<Violation> finish(Precheck precheck, OrgId orgId, WorkspaceId workspaceId, WorkflowId self,
                                  boolean draft) {
        List<Violation> violations = new ArrayList<>(referenceViolations(precheck, orgId, workspaceId));
        if (!precheck.references().isEmpty()) {
            workflows.serializeReferenceChanges(orgId, workspaceId);
            violations.addAll(cycles.find(self.toString(), precheck.definition(), id -> workflows
                    .find(orgId, workspaceId, WorkflowId.parse(id)).filter(w -> !w.inTrash())
                    .map(w -> cycles.references(w.definition()).stream()
                            .map(SubworkflowCycles.Reference::workflowId).toList())
                    .orElse(List.of())));
        }
        return refuseUnlessDraft(violations, draft);
    }

    private List<Violation> referenceViolations(Precheck precheck, OrgId orgId, WorkspaceId workspaceId) {
        Set<String> missing = precheck.references().stream()
                .filter(id -> !workflows.exists(orgId, workspaceId, WorkflowId.parse(id)))
                .collect(Collectors.toSet());
        // Rare: validating again places each unknown reference at its pointer, in document order.
        return missing.isEmpty() ? precheck.violations()
                : validator.validate(precheck.definition(), JsonText.utf8Length(precheck.definition()),
                        id -> !missing.contains(id));
    }

    /**
     * Checks a definition that must be valid wherever it lands (a template): it may not refer to other workflows,
     * since those exist in one workspace only.
     */
    public void checkPortable(Json.Obj definition) {
        requireStorable(definition);
        refuseUnlessDraft(validator.validate(definition, JsonText.utf8Length(definition), id -> false), false);
    }

    /** Even a draft must be storable: whatever breaks {@link JsonLimits} is refused outright. */
    private static void requireStorable(Json.Obj definition) {
        JsonLimits.check(definition).ifPresent(breach -> {
            throw new DomainException.Invalid(new Violation("/definition" + breach.at().value(), breach.code(),
                    breach.message()));
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
