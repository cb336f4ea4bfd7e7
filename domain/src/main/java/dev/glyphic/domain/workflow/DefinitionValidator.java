package dev.glyphic.domain.workflow;

import dev.glyphic.domain.execution.ExecutionSettings;
import dev.glyphic.domain.execution.NodeSettings;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every rule a workflow document must keep to be activated or run, checked at once so that an editor can show all
 * problems in one pass. Each violation points into the document with a JSON Pointer.
 */
public final class DefinitionValidator {
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    /** Whether a workflow id names a workflow of the same workspace (for sub-workflow references). */
    @FunctionalInterface
    public interface WorkflowReferences {
        boolean exists(String workflowId);
    }

    private final NodeCatalogue catalogue;
    private final DefinitionLimits limits;
    private final ExpressionSyntax syntax;

    public DefinitionValidator(NodeCatalogue catalogue, DefinitionLimits limits, ExpressionSyntax syntax) {
        this.catalogue = catalogue;
        this.limits = limits;
        this.syntax = syntax;
    }

    public List<Violation> validate(Json document, long documentBytes, WorkflowReferences references) {
        if (documentBytes > limits.maxBytes()) {
            return List.of(new Violation("", "too_large", "the definition is " + documentBytes
                    + " bytes; at most " + limits.maxBytes() + " are allowed"));
        }
        DefinitionReader.Result read = DefinitionReader.read(document);
        List<Violation> violations = new ArrayList<>(read.violations());
        if (read.definition().isEmpty()) {
            return violations;
        }
        WorkflowDefinition definition = read.definition().get();
        if (definition.nodes().size() > limits.maxNodes()) {
            violations.add(new Violation("/nodes", "too_many_nodes", "the definition has "
                    + definition.nodes().size() + " nodes; at most " + limits.maxNodes() + " are allowed"));
            return violations;
        }
        Map<String, WorkflowDefinition.Node> nodes = new LinkedHashMap<>();
        Map<String, NodeType> types = new HashMap<>();
        for (WorkflowDefinition.Node node : definition.nodes()) {
            if (nodes.putIfAbsent(node.id(), node) != null) {
                violations.add(at(node.at().at("id"), "duplicate_node_id", "node id '" + node.id()
                        + "' is used by an earlier node"));
                continue;
            }
            checkSettings(() -> NodeSettings.of(node), violations);
            Optional<NodeType> type = catalogue.find(node.nodeType());
            if (type.isEmpty()) {
                violations.add(at(node.at().at("data").at("nodeType"), "unknown_node_type", "'" + node.nodeType()
                        + "' is not a known node type; GET /api/v1/node-types lists them"));
                continue;
            }
            types.put(node.id(), type.get());
            checkFields(node, type.get(), references, violations);
        }
        if (types.values().stream().noneMatch(NodeType::isTrigger)) {
            violations.add(new Violation("/nodes", "no_trigger", "a workflow needs at least one trigger node"));
        }
        checkSettings(() -> ExecutionSettings.of(definition), violations);
        List<WorkflowDefinition.Edge> connectable = new ArrayList<>();
        for (WorkflowDefinition.Edge edge : definition.edges()) {
            if (checkEdge(edge, nodes, types, violations)) {
                connectable.add(edge);
            }
        }
        Cycles.find(nodes.keySet(), connectable).ifPresent(cycle -> violations.add(at(cycle.edge().at(), "cycle",
                "nodes " + String.join(" → ", cycle.path()) + " form a cycle; a workflow must be acyclic")));
        return violations;
    }

    /** Settings say how the engine runs the workflow; they point their violations into the document themselves. */
    private static void checkSettings(Runnable read, List<Violation> violations) {
        try {
            read.run();
        } catch (DomainException.Invalid invalid) {
            violations.addAll(invalid.violations());
        }
    }

    private void checkFields(WorkflowDefinition.Node node, NodeType type, WorkflowReferences references,
                             List<Violation> violations) {
        JsonPointer fieldsAt = node.at().at("data").at("fields");
        Set<String> declared = new LinkedHashSet<>();
        // Cross-field rules see only the values that passed their own checks: a blank, null or misplaced-expression
        // value has been reported once already, and a second code on the same field would only mislead.
        Map<String, Json> checked = new LinkedHashMap<>();
        for (FieldSpec spec : type.fields()) {
            declared.add(spec.name());
            Json value = node.fields().get(spec.name());
            boolean missing = value == null || value instanceof Json.Null
                    || value instanceof Json.Str text && text.value().isBlank();
            if (missing) {
                if (spec.required()) {
                    violations.add(at(fieldsAt.at(spec.name()), "required", spec.name() + " is required for "
                            + type.id()));
                }
                continue;
            }
            int before = violations.size();
            checkValue(spec, value, fieldsAt.at(spec.name()), references, violations);
            if (violations.size() == before) {
                checked.put(spec.name(), value);
            }
        }
        for (String name : node.fields().keySet()) {
            if (!declared.contains(name)) {
                violations.add(at(fieldsAt.at(name), "unknown_field", type.id() + " has no field '" + name + "'"));
            }
        }
        for (Violation rule : type.crossFieldViolations(checked)) {
            violations.add(new Violation(fieldsAt.value() + rule.pointer(), rule.code(), rule.message()));
        }
    }

    private void checkValue(FieldSpec spec, Json value, JsonPointer at, WorkflowReferences references,
                            List<Violation> violations) {
        if (value instanceof Json.Str text && Templates.hasExpressions(text.value())) {
            if (!spec.expressionAllowed()) {
                violations.add(at(at, "expression_not_allowed", spec.name() + " takes a fixed value, not an "
                        + "expression"));
            } else {
                checkExpressions(text.value(), at, violations);
            }
            return;
        }
        switch (spec.type()) {
            case STRING, TEXT, SECRET_REF -> expectType(value instanceof Json.Str, spec, value, "a string", at,
                    violations);
            case NUMBER -> expectType(value instanceof Json.Num, spec, value, "a number", at, violations);
            case INTEGER -> expectType(value instanceof Json.Num n && isIntegral(n.value()), spec, value,
                    "a whole number", at, violations);
            case BOOLEAN -> expectType(value instanceof Json.Bool, spec, value, "true or false", at, violations);
            case ENUM -> {
                if (!(value instanceof Json.Str text) || !spec.enumValues().contains(text.value())) {
                    violations.add(at(at, "not_in_enum", spec.name() + " must be one of " + spec.enumValues()));
                }
            }
            case STRING_LIST -> expectType(value instanceof Json.Arr list
                    && list.items().stream().allMatch(Json.Str.class::isInstance), spec, value, "a list of strings",
                    at, violations);
            case JSON -> {
                if (spec.expressionAllowed()) {
                    checkNestedExpressions(value, at, violations);
                }
            }
            case WORKFLOW_REF -> {
                if (!(value instanceof Json.Str id) || !UUID.matcher(id.value()).matches()) {
                    violations.add(at(at, "wrong_type", spec.name() + " must be a workflow id (a UUID)"));
                } else if (!references.exists(id.value())) {
                    violations.add(at(at, "unknown_workflow", "no workflow " + id.value() + " in this workspace"));
                }
            }
        }
    }

    private void checkNestedExpressions(Json value, JsonPointer at, List<Violation> violations) {
        switch (value) {
            case Json.Str text when Templates.hasExpressions(text.value()) ->
                    checkExpressions(text.value(), at, violations);
            case Json.Obj object -> object.fields().forEach((key, nested) ->
                    checkNestedExpressions(nested, at.at(key), violations));
            case Json.Arr array -> {
                for (int i = 0; i < array.items().size(); i++) {
                    checkNestedExpressions(array.items().get(i), at.at(i), violations);
                }
            }
            default -> {
            }
        }
    }

    private void checkExpressions(String text, JsonPointer at, List<Violation> violations) {
        switch (Templates.parse(text)) {
            case Templates.Parsed.Unbalanced unbalanced ->
                    violations.add(at(at, "invalid_expression", unbalanced.problem()));
            case Templates.Parsed.Expressions parsed -> {
                for (String expression : parsed.expressions()) {
                    syntax.problem(expression).ifPresent(problem -> violations.add(at(at, "invalid_expression",
                            "'" + expression + "': " + problem)));
                }
            }
        }
    }

    private static void expectType(boolean ok, FieldSpec spec, Json value, String expected, JsonPointer at,
                                   List<Violation> violations) {
        if (!ok) {
            violations.add(at(at, "wrong_type", spec.name() + " must be " + expected + ", not " + value.kind()));
        }
    }

    private static boolean isIntegral(BigDecimal value) {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** Resolves an edge's handles and checks them; answers whether the edge joins two known nodes. */
    private static boolean checkEdge(WorkflowDefinition.Edge edge, Map<String, WorkflowDefinition.Node> nodes,
                                     Map<String, NodeType> types, List<Violation> violations) {
        boolean known = true;
        for (String end : new String[] {"source", "target"}) {
            String id = end.equals("source") ? edge.source() : edge.target();
            if (!nodes.containsKey(id)) {
                violations.add(at(edge.at().at(end), "unknown_node", "no node with id '" + id + "'"));
                known = false;
            }
        }
        if (!known) {
            return false;
        }
        NodeType sourceType = types.get(edge.source());
        NodeType targetType = types.get(edge.target());
        if (sourceType == null || targetType == null) {
            return true;
        }
        if (targetType.isTrigger()) {
            violations.add(at(edge.at().at("target"), "trigger_has_no_inputs", "'" + edge.target() + "' is a "
                    + "trigger; nothing may flow into a trigger"));
            return true;
        }
        Optional<Handle> output = handle(edge.sourceHandle(),
                sourceType.outputs(nodes.get(edge.source()).fields()), edge.at().at("sourceHandle"), "output",
                sourceType, violations);
        Optional<Handle> input = handle(edge.targetHandle(), targetType.inputs(), edge.at().at("targetHandle"),
                "input", targetType, violations);
        if (output.isPresent() && input.isPresent() && !input.get().type().accepts(output.get().type())) {
            violations.add(at(edge.at(), "incompatible_handles", "output '" + output.get().name() + "' carries "
                    + output.get().type().wireName() + " but input '" + input.get().name() + "' takes "
                    + input.get().type().wireName()));
        }
        return true;
    }

    private static Optional<Handle> handle(String name, List<Handle> handles, JsonPointer at, String side,
                                           NodeType type, List<Violation> violations) {
        if (name == null) {
            if (handles.size() == 1) {
                return Optional.of(handles.get(0));
            }
            violations.add(at(at, "handle_required", type.id() + " has several " + side + "s; name one of "
                    + handles.stream().map(Handle::name).toList()));
            return Optional.empty();
        }
        Optional<Handle> found = handles.stream().filter(h -> h.name().equals(name)).findFirst();
        if (found.isEmpty()) {
            violations.add(at(at, "unknown_handle", type.id() + " has no " + side + " '" + name + "'; it has "
                    + handles.stream().map(Handle::name).toList()));
        }
        return found;
    }

    private static Violation at(JsonPointer pointer, String code, String message) {
        return new Violation(pointer.value(), code, message);
    }
}
