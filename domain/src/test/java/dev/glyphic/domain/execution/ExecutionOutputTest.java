package dev.glyphic.domain.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.workflow.DefinitionReader;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionOutputTest {
    private static final ExecutionId EXECUTION = ExecutionId.random();
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @ParameterizedTest
    @CsvSource({"script, TEXT", "image, IMAGE", "voice, AUDIO", "video, VIDEO"})
    void aContentNodeRecordsWhatItMadeByItsKind(String kind, ExecutionOutput.OutputType type) {
        ExecutionOutput output = ExecutionOutput.of(EXECUTION, node("content.generate", kind),
                JsonText.parse("{\"text\": \"hello\"}"), NOW).orElseThrow();

        assertEquals(type, output.type());
        assertEquals("gen", output.nodeId());
        assertEquals(Optional.empty(), output.assetId());
        assertEquals(EXECUTION, output.executionId());
    }

    @Test
    void theAssetItNamesIsKeptBesideTheOutput() {
        UUID asset = UUID.randomUUID();
        Json data = JsonText.parse("{\"assetId\": \"" + asset + "\", \"url\": \"https://cdn.example/v.mp4\"}");

        ExecutionOutput output = ExecutionOutput.of(EXECUTION, node("content.generate", "video"), data, NOW)
                .orElseThrow();

        assertEquals(Optional.of(asset), output.assetId());
        assertEquals(data, output.data());
    }

    @Test
    void anAssetIdThatIsNoUuidNamesNothing() {
        ExecutionOutput output = ExecutionOutput.of(EXECUTION, node("content.generate", "image"),
                JsonText.parse("{\"assetId\": \"not-a-uuid\"}"), NOW).orElseThrow();

        assertEquals(Optional.empty(), output.assetId());
    }

    @Test
    void otherNodesProduceNoOutputRecord() {
        assertTrue(ExecutionOutput.of(EXECUTION, node("data.set", null), JsonText.parse("{\"assetId\": \""
                + UUID.randomUUID() + "\"}"), NOW).isEmpty());
    }

    private static WorkflowDefinition.Node node(String type, String kind) {
        String fields = kind == null ? "{\"values\": {}}" : "{\"kind\": \"" + kind + "\", \"prompt\": \"p\"}";
        return DefinitionReader.read(JsonText.parse("{\"nodes\": [{\"id\": \"gen\", \"data\": {\"nodeType\": \""
                + type + "\", \"fields\": " + fields + "}}], \"edges\": []}")).definition().orElseThrow().nodes().get(0);
    }
}
