package dev.glyphic.domain.workflow;

import dev.glyphic.domain.workflow.nodes.ContentGenerate;
import dev.glyphic.domain.workflow.nodes.DataSet;
import dev.glyphic.domain.workflow.nodes.EventTrigger;
import dev.glyphic.domain.workflow.nodes.FlowApproval;
import dev.glyphic.domain.workflow.nodes.FlowDelay;
import dev.glyphic.domain.workflow.nodes.FlowSubworkflow;
import dev.glyphic.domain.workflow.nodes.HttpRequest;
import dev.glyphic.domain.workflow.nodes.IntegrationAction;
import dev.glyphic.domain.workflow.nodes.LogicIf;
import dev.glyphic.domain.workflow.nodes.LogicSwitch;
import dev.glyphic.domain.workflow.nodes.ManualTrigger;
import dev.glyphic.domain.workflow.nodes.ScheduleTrigger;
import dev.glyphic.domain.workflow.nodes.WebhookTrigger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every node type a workflow may use, by id. */
public final class NodeCatalogue {
    private final Map<String, NodeType> types;
    private final List<NodeType> ordered;

    public NodeCatalogue(List<NodeType> types) {
        Map<String, NodeType> byId = new LinkedHashMap<>();
        for (NodeType type : types) {
            if (byId.putIfAbsent(type.id(), type) != null) {
                throw new IllegalArgumentException("node type " + type.id() + " is registered twice");
            }
        }
        this.types = Map.copyOf(byId);
        this.ordered = List.copyOf(byId.values());
    }

    public static NodeCatalogue standard() {
        return new NodeCatalogue(List.of(
                new ManualTrigger(), new WebhookTrigger(), new ScheduleTrigger(), new EventTrigger(),
                new HttpRequest(), new DataSet(), new LogicIf(), new LogicSwitch(),
                new FlowDelay(), new FlowApproval(), new FlowSubworkflow(),
                new ContentGenerate(), new IntegrationAction()));
    }

    public Optional<NodeType> find(String id) {
        return Optional.ofNullable(types.get(id));
    }

    public Collection<NodeType> all() {
        return ordered;
    }
}
