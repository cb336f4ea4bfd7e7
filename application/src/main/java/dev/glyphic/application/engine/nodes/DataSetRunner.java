package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.nodes.DataSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code data.set}: its rendered {@code values}, alone or merged over the input object (the values win). */
public final class DataSetRunner implements NodeRunner {
    private final FieldReader fields;

    public DataSetRunner(ExpressionEvaluator evaluator) {
        this.fields = new FieldReader(new DataSet(), evaluator);
    }

    @Override
    public String nodeType() {
        return fields.nodeType();
    }

    @Override
    public boolean isPure() {
        return true;
    }

    @Override
    public NodeOutcome run(NodeInvocation invocation) {
        return fields.run(invocation, node -> {
            if (!(node.value("values") instanceof Json.Obj values)) {
                throw new FieldProblem("values", "must be an object of names to values");
            }
            if (!node.flag("keepInput")) {
                return completed(values);
            }
            if (!(invocation.context().input() instanceof Json.Obj input)) {
                return new NodeOutcome.Failed("keepInput needs the input to be an object to merge into, but it is "
                        + NodeFields.shown(invocation.context().input()), false);
            }
            Map<String, Json> merged = new LinkedHashMap<>(input.fields());
            merged.putAll(values.fields());
            return completed(new Json.Obj(merged));
        });
    }

    private static NodeOutcome completed(Json.Obj output) {
        return new NodeOutcome.Completed(output, Set.of("output"));
    }
}
