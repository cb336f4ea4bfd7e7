package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A node type made up by a test, for what the standard catalogue has no example of (a text input, say). */
record TestNodeType(String id, NodeCategory category, List<FieldSpec> fields, List<Handle> inputs,
                    List<Handle> outputs) implements NodeType {

    @Override
    public String description() {
        return "a node type made up for a test";
    }

    @Override
    public List<Handle> outputs(Map<String, Json> fields) {
        return outputs;
    }

    /** The standard catalogue and these types besides: what the catalogue's constructor is for. */
    static NodeCatalogue standardPlus(NodeType... extra) {
        List<NodeType> types = new ArrayList<>(NodeCatalogue.standard().all());
        types.addAll(List.of(extra));
        return new NodeCatalogue(types);
    }
}
