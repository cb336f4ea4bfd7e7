package dev.glyphic.domain.workflow.nodes;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.FieldSpec;
import dev.glyphic.domain.workflow.Handle;
import dev.glyphic.domain.workflow.NodeCategory;
import dev.glyphic.domain.workflow.NodeType;
import java.util.List;
import java.util.Map;

/**
 * A node type declared by its constructor arguments. Most types have fixed outputs; those whose outputs follow
 * their configuration override {@link #outputs(Map)}.
 */
abstract class DeclaredNodeType implements NodeType {
    private final String id;
    private final NodeCategory category;
    private final String description;
    private final List<FieldSpec> fields;
    private final List<Handle> inputs;
    private final List<Handle> outputs;

    DeclaredNodeType(String id, NodeCategory category, String description, List<FieldSpec> fields, List<Handle> inputs,
                  List<Handle> outputs) {
        this.id = id;
        this.category = category;
        this.description = description;
        this.fields = List.copyOf(fields);
        this.inputs = List.copyOf(inputs);
        this.outputs = List.copyOf(outputs);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final NodeCategory category() {
        return category;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final List<FieldSpec> fields() {
        return fields;
    }

    @Override
    public final List<Handle> inputs() {
        return inputs;
    }

    @Override
    public List<Handle> outputs(Map<String, Json> fieldValues) {
        return outputs;
    }
}
