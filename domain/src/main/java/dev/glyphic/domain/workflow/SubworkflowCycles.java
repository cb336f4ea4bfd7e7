package dev.glyphic.domain.workflow;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.shared.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Workflows that would start themselves through sub-workflow nodes, directly (a node naming its own workflow) or
 * through others (A starts B, B starts A). Each run of such a loop starts the next, fire-and-forget ones without end,
 * so a definition that closes one is refused. The walk follows the current definitions of the workflows referred to,
 * as a child run does (it starts the current version). It only catches loops the definitions show: the depth of
 * child runs bounds the rest (a loop closed by two saves racing, or stored before this rule).
 */
public final class SubworkflowCycles {
    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    /** A node's reference to a workflow: the node, its field's pointer into the definition, the workflow's id. */
    public record Reference(String nodeId, JsonPointer at, String workflowId) {
    }

    /** The workflows that the current definition of a workflow of the workspace refers to; none if it is gone. */
    @FunctionalInterface
    public interface Lookup {
        List<String> referencesOf(String workflowId);
    }

    private final NodeCatalogue catalogue;

    public SubworkflowCycles(NodeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Every fixed workflow id the definition's nodes name in their workflow-reference fields, in document order. */
    public List<Reference> references(Json document) {
        Optional<WorkflowDefinition> read = DefinitionReader.read(document).definition();
        if (read.isEmpty()) {
            return List.of();
        }
        List<Reference> references = new ArrayList<>();
        for (WorkflowDefinition.Node node : read.get().nodes()) {
            Optional<NodeType> type = catalogue.find(node.nodeType());
            if (type.isEmpty()) {
                continue;
            }
            for (FieldSpec spec : type.get().fields()) {
                if (spec.type() == FieldType.WORKFLOW_REF && node.fields().get(spec.name()) instanceof Json.Str id
                        && UUID.matcher(id.value()).matches()) {
                    references.add(new Reference(node.id(), node.at().at("data").at("fields").at(spec.name()),
                            id.value().toLowerCase(Locale.ROOT)));
                }
            }
        }
        return references;
    }

    /**
     * A violation ({@code subworkflow_cycle}) at each reference of the definition of {@code self} that leads back to
     * {@code self}, naming the node and the loop.
     */
    public List<Violation> find(String self, Json document, Lookup lookup) {
        String me = self.toLowerCase(Locale.ROOT);
        Map<String, List<String>> known = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (Reference reference : references(document)) {
            if (reference.workflowId().equals(me)) {
                violations.add(new Violation(reference.at().value(), "subworkflow_cycle", "node '"
                        + reference.nodeId() + "' starts this workflow itself: every run would start another, "
                        + "without end"));
                continue;
            }
            pathBack(reference.workflowId(), me, lookup, known).ifPresent(path -> violations.add(new Violation(
                    reference.at().value(), "subworkflow_cycle", "node '" + reference.nodeId() + "' starts workflow "
                    + reference.workflowId() + ", which starts this workflow again (this → "
                    + String.join(" → ", path) + " → this): every run would start another, without end")));
        }
        return violations;
    }

    /** The workflows from {@code start} to one that refers to {@code target}, breadth first; empty if none does. */
    private static Optional<List<String>> pathBack(String start, String target, Lookup lookup,
                                                   Map<String, List<String>> known) {
        Map<String, String> cameFrom = new HashMap<>();
        cameFrom.put(start, null);
        Deque<String> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            String at = next.removeFirst();
            for (String referred : known.computeIfAbsent(at, id -> lowerCase(lookup.referencesOf(id)))) {
                if (referred.equals(target)) {
                    List<String> path = new ArrayList<>();
                    for (String step = at; step != null; step = cameFrom.get(step)) {
                        path.add(step);
                    }
                    Collections.reverse(path);
                    return Optional.of(path);
                }
                if (!cameFrom.containsKey(referred)) {
                    cameFrom.put(referred, at);
                    next.addLast(referred);
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> lowerCase(List<String> ids) {
        return ids.stream().map(id -> id.toLowerCase(Locale.ROOT)).toList();
    }
}
