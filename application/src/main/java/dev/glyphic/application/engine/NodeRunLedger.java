package dev.glyphic.application.engine;

import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.domain.execution.ExecutionGraph;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An execution's node runs, one per node, as read under the execution's lock and as changed since: which of them
 * were changed and which are new, so that they are written back in a few multi-row statements.
 */
final class NodeRunLedger {
    private final Map<String, NodeRunRecord> runs = new LinkedHashMap<>();
    private final Set<String> changed = new LinkedHashSet<>();
    private final Set<String> created = new LinkedHashSet<>();

    NodeRunLedger(List<NodeRunRecord> stored) {
        stored.forEach(run -> runs.put(run.nodeId(), run));
    }

    Optional<NodeRunRecord> find(String nodeId) {
        return Optional.ofNullable(runs.get(nodeId));
    }

    NodeRunRecord get(String nodeId) {
        return runs.get(nodeId);
    }

    /** Every run, as a copy that may be walked while runs are replaced. */
    List<NodeRunRecord> all() {
        return List.copyOf(runs.values());
    }

    void replace(NodeRunRecord run) {
        runs.put(run.nodeId(), run);
        if (!created.contains(run.nodeId())) {
            changed.add(run.nodeId());
        }
    }

    void add(NodeRunRecord run) {
        runs.put(run.nodeId(), run);
        created.add(run.nodeId());
    }

    /** Whether any run is still to run or running (not waiting, not over). */
    boolean anyActive() {
        return runs.values().stream().anyMatch(r -> r.state().status() == NodeRunStatus.PENDING
                || r.state().status() == NodeRunStatus.RUNNING);
    }

    /** The outputs of the runs that have succeeded so far, by node: what a node's expressions see. */
    Map<String, Json> outputs() {
        return outputsOf(runs.values());
    }

    /** The outputs of those of {@code runs} that succeeded, by node, in their order. */
    static Map<String, Json> outputsOf(Collection<NodeRunRecord> runs) {
        Map<String, Json> outputs = new LinkedHashMap<>();
        runs.stream()
                .filter(r -> r.state().status() == NodeRunStatus.SUCCEEDED)
                .forEach(r -> outputs.put(r.nodeId(), r.output().orElse(Json.NULL)));
        return outputs;
    }

    /** What the graph needs to know of the runs to decide what comes next: the succeeded and the skipped. */
    Map<String, ExecutionGraph.NodeState> states() {
        Map<String, ExecutionGraph.NodeState> states = new LinkedHashMap<>();
        for (NodeRunRecord run : runs.values()) {
            if (run.state().status() == NodeRunStatus.SUCCEEDED) {
                states.put(run.nodeId(), new ExecutionGraph.NodeState.Done(run.output().orElse(Json.NULL),
                        run.firedHandles()));
            } else if (run.state().status() == NodeRunStatus.SKIPPED) {
                states.put(run.nodeId(), new ExecutionGraph.NodeState.Skipped());
            }
        }
        return states;
    }

    /**
     * Writes the changed and the new runs. The run {@code held} by a worker is written first, and only while the
     * worker still holds it; if it does not, nothing is written and the answer is false.
     */
    boolean write(OrgId orgId, NodeRuns nodeRuns, Optional<ExecutionProgress.Held> held) {
        if (held.isPresent()) {
            if (!nodeRuns.updateHeld(orgId, runs.get(held.get().nodeId()), held.get().worker())) {
                return false;
            }
            changed.remove(held.get().nodeId());
        }
        nodeRuns.update(orgId, changed.stream().map(runs::get).toList());
        nodeRuns.insert(orgId, created.stream().map(runs::get).toList());
        return true;
    }
}
