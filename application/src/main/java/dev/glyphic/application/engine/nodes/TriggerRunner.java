package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCatalogue;
import dev.glyphic.domain.workflow.NodeType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Any trigger: by the time it runs, the trigger has fired and its data is the execution's input, so it only passes
 * that on through all its outputs. (What decides whether a trigger fires, such as an event filter, runs before the
 * execution exists.)
 */
public final class TriggerRunner implements NodeRunner {
    private final NodeType type;

    public TriggerRunner(NodeType trigger) {
        if (!trigger.isTrigger()) {
            throw new IllegalArgumentException(trigger.id() + " is not a trigger");
        }
        this.type = trigger;
    }

    /** One runner for each trigger type of the standard catalogue. */
    public static List<NodeRunner> standard() {
        return NodeCatalogue.standard().all().stream().filter(NodeType::isTrigger)
                .<NodeRunner>map(TriggerRunner::new).toList();
    }

    @Override
    public String nodeType() {
        return type.id();
    }

    @Override
    public boolean isPure() {
        return true;
    }

    @Override
    public NodeOutcome run(NodeInvocation invocation) {
        return new NodeOutcome.Completed(invocation.context().input(),
                type.outputs(invocation.node().fields()).stream().map(Handle::name).collect(Collectors.toSet()));
    }
}
