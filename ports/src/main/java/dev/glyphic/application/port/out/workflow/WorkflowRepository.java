package dev.glyphic.application.port.out.workflow;

import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Workflows of a workspace and their immutable versions. Every call runs inside the use case's tenant scope. */
public interface WorkflowRepository {

    /** Stores a new workflow and its first version. */
    void insert(Workflow workflow, WorkflowVersion firstVersion);

    /** The workflow, in the trash or not. */
    Optional<Workflow> find(OrgId orgId, WorkspaceId workspaceId, WorkflowId id);

    /** Those of the ids that name workflows of the org, in the trash or not, whatever their workspace. */
    List<Workflow> findAll(OrgId orgId, Collection<WorkflowId> ids);

    /**
     * Saves a new state of the workflow with its version row, only if its stored version is still
     * {@code expectedVersion}; answers false when someone saved in between (and then writes nothing).
     */
    boolean update(Workflow workflow, int expectedVersion, WorkflowVersion newVersion);

    /** Moves to or out of the trash without a new version: trashing is not an edit of the workflow. */
    void setDeleted(Workflow workflow);

    /** A page of workflow summaries matching the query, fetching one row more than the limit. */
    List<WorkflowSummary> list(WorkflowQuery query);

    /** Whether a workflow id names a live (not trashed) workflow of the workspace. */
    boolean exists(OrgId orgId, WorkspaceId workspaceId, WorkflowId id);

    List<WorkflowVersion> versions(OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int limit,
                                   Optional<Integer> beforeVersion);

    Optional<WorkflowVersion> version(OrgId orgId, WorkspaceId workspaceId, WorkflowId id, int version);

    /**
     * Counts new executions of workflows, how many each, in one round trip; row-locks them until the transaction
     * ends (call it last), in the map's order: give them in one order everywhere (by id), so two groups never
     * deadlock.
     */
    void recordExecutions(OrgId orgId, Map<WorkflowId, Integer> started, Instant at);

    /**
     * Makes concurrent starts of the workflow go one after another until this transaction ends, so that a
     * concurrency policy counting its unfinished runs sees every start before its own.
     */
    void serializeStarts(OrgId orgId, WorkflowId id);

    /**
     * Makes saves that change sub-workflow references in the workspace go one after another until this transaction
     * ends, so that each one's check for loops of references sees the others' committed definitions.
     */
    void serializeReferenceChanges(OrgId orgId, WorkspaceId workspaceId);
}
