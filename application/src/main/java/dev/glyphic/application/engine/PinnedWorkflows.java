package dev.glyphic.application.engine;

import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.domain.execution.ExecutionGraph;
import dev.glyphic.domain.execution.ExecutionSettings;
import dev.glyphic.domain.execution.NodeSettings;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.DefinitionReader;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The workflow versions executions are pinned to, read once per process: a version is immutable, so a cached copy
 * is never stale, and the engine's hot path reads no definition from the database after the first run of a
 * version. Bounded, least recently used out first. Loads run in the caller's tenant transaction.
 */
public final class PinnedWorkflows {
    private record Key(WorkflowId workflowId, int version) {
    }

    private final WorkflowRepository workflows;
    private final Map<Key, PinnedWorkflow> cache;

    public PinnedWorkflows(WorkflowRepository workflows, int capacity) {
        this.workflows = workflows;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, PinnedWorkflow> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The pinned version; must run inside the tenant transaction of {@code orgId}. */
    public PinnedWorkflow get(OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId, int version) {
        return cached(new Key(workflowId, version), () -> load(orgId, workspaceId, workflowId, version));
    }

    /**
     * The workflow's current version, pinned from the definition the caller has read already: the version row holds
     * the same definition, so a start of many workflows at once (a round of schedules) reads none of them again.
     */
    public PinnedWorkflow current(Workflow workflow) {
        return cached(new Key(workflow.id(), workflow.version()), () -> pin(DefinitionReader.read(
                workflow.definition()).definition().orElseThrow(() -> new IllegalStateException("the current "
                + "definition of workflow " + workflow.id() + " does not read as a definition, yet it was started"))));
    }

    private PinnedWorkflow cached(Key key, Supplier<PinnedWorkflow> load) {
        synchronized (cache) {
            PinnedWorkflow hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        PinnedWorkflow loaded = load.get();
        synchronized (cache) {
            cache.put(key, loaded);
        }
        return loaded;
    }

    private PinnedWorkflow load(OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId, int version) {
        return workflows.version(orgId, workspaceId, workflowId, version)
                .map(v -> pin(DefinitionReader.read(v.definition()).definition().orElseThrow(() ->
                        new IllegalStateException("version " + version + " of workflow " + workflowId
                                + " does not read as a definition, yet it was started"))))
                .orElseThrow(() -> new IllegalStateException("version " + version + " of workflow " + workflowId
                        + " is gone while an execution is pinned to it"));
    }

    public static PinnedWorkflow pin(WorkflowDefinition definition) {
        return new PinnedWorkflow(definition, ExecutionGraph.of(definition), ExecutionSettings.of(definition),
                definition.nodes().stream().collect(Collectors.toMap(WorkflowDefinition.Node::id,
                        NodeSettings::of, (a, b) -> a, LinkedHashMap::new)));
    }

}
