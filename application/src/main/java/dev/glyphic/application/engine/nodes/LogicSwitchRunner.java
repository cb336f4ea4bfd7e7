package dev.glyphic.application.engine.nodes;

import dev.glyphic.application.engine.NodeInvocation;
import dev.glyphic.application.engine.NodeRunner;
import dev.glyphic.domain.execution.NodeOutcome;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.domain.workflow.nodes.LogicSwitch;
import java.util.Optional;
import java.util.Set;

/**
 * {@code logic.switch}: passes its input to the output of the case equal to its value, or to {@code default}. Cases
 * are strings, so a number or boolean value is compared as its JSON text ({@code 3}, {@code true}); null, an object
 * or an array matches no case.
 */
public final class LogicSwitchRunner implements NodeRunner {
    private final FieldReader fields;

    public LogicSwitchRunner(ExpressionEvaluator evaluator) {
        this.fields = new FieldReader(new LogicSwitch(), evaluator);
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
            Optional<String> key = asCase(node.value("value"));
            boolean matches = key.isPresent() && node.value("cases") instanceof Json.Arr cases
                    && cases.items().contains(Json.of(key.get()));
            return new NodeOutcome.Completed(invocation.context().input(),
                    Set.of(matches ? key.get() : LogicSwitch.DEFAULT));
        });
    }

    private static Optional<String> asCase(Json value) {
        return switch (value) {
            case Json.Str text -> Optional.of(text.value());
            case Json.Num number -> Optional.of(JsonText.write(number));
            case Json.Bool bool -> Optional.of(JsonText.write(bool));
            case Json.Null n -> Optional.empty();
            case Json.Obj o -> Optional.empty();
            case Json.Arr a -> Optional.empty();
        };
    }
}
