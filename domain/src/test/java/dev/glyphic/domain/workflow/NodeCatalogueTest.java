package dev.glyphic.domain.workflow;

import static dev.glyphic.domain.workflow.Docs.assertViolations;
import static dev.glyphic.domain.workflow.Docs.workflow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NodeCatalogueTest {
    private final NodeCatalogue standard = NodeCatalogue.standard();

    @Test
    void theStandardCatalogueListsEveryTypeOnceInOrder() {
        assertEquals(List.of("trigger.manual", "trigger.webhook", "trigger.schedule", "trigger.event", "http.request",
                "data.set", "logic.if", "logic.switch", "flow.delay", "flow.approval", "flow.subworkflow",
                "content.generate", "integration.action"), standard.all().stream().map(NodeType::id).toList());
    }

    @Test
    void aTypeIsFoundByItsId() {
        assertEquals("http.request", standard.find("http.request").map(NodeType::id).orElseThrow());
        assertEquals(Optional.empty(), standard.find("HTTP.REQUEST"));
        assertEquals(Optional.empty(), standard.find("gmail"));
    }

    @Test
    void aTypeCannotBeRegisteredTwice() {
        List<NodeType> types = new ArrayList<>(standard.all());
        types.add(new TestNodeType("data.set", NodeCategory.DATA, List.of(), List.of(), List.of()));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new NodeCatalogue(types));
        assertEquals("node type data.set is registered twice", refused.getMessage());
    }

    @Test
    void triggersTakeNoInputAndEveryOtherTypeTakesOne() {
        for (NodeType type : standard.all()) {
            assertEquals(type.isTrigger(), type.category() == NodeCategory.TRIGGER, type.id());
            assertEquals(type.isTrigger() ? 0 : 1, type.inputs().size(), type.id());
            assertFalse(type.outputs(Map.of()).isEmpty(), type.id());
            assertFalse(type.description().isBlank(), type.id());
        }
    }

    @Test
    void theDefaultsOfEveryTypeKeepItsOwnRules() {
        for (NodeType type : standard.all()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (FieldSpec spec : type.fields()) {
                spec.defaultValue().ifPresent(value -> fields.put(spec.name(), value));
                spec.defaultValue().filter(v -> spec.type() == FieldType.ENUM)
                        .ifPresent(v -> assertTrue(spec.enumValues().contains(((Json.Str) v).value()), spec.name()));
            }
            Object[] keysAndValues = fields.entrySet().stream()
                    .flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray();
            Docs.Builder builder = type.isTrigger() ? workflow() : workflow().trigger("t").edge("t", "n");
            Json document = builder.node("n", type.id(), keysAndValues).build();

            List<String> required = type.fields().stream().filter(FieldSpec::required)
                    .filter(spec -> spec.defaultValue().isEmpty())
                    .map(spec -> "required /nodes/" + (type.isTrigger() ? 0 : 1) + "/data/fields/" + spec.name())
                    .toList();
            assertViolations(Docs.validate(document), required.toArray(String[]::new));
        }
    }
}
