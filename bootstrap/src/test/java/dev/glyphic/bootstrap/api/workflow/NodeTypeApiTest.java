package dev.glyphic.bootstrap.api.workflow;

import static dev.glyphic.bootstrap.testing.Expect.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The node catalogue as an editor reads it: handles, and a JSON Schema per node type to build its form from. */
class NodeTypeApiTest {
    private static final Api API = new Api();
    private static final Map<String, JsonNode> TYPES = new LinkedHashMap<>();

    @BeforeAll
    static void readTheCatalogue() {
        TestUser anyone = TestUser.signUp(API);
        items(API.get("/api/v1/node-types").as(anyone).send()).forEach(t -> TYPES.put(t.path("id").asText(), t));
    }

    @Test
    void everyNodeTypeIsListedWithAJsonSchemaOfItsFields() {
        assertEquals(List.of("trigger.manual", "trigger.webhook", "trigger.schedule", "trigger.event",
                "http.request", "data.set", "logic.if", "logic.switch", "flow.delay", "flow.approval",
                "flow.subworkflow", "content.generate", "integration.action"), List.copyOf(TYPES.keySet()));
        for (JsonNode type : TYPES.values()) {
            JsonNode schema = type.path("fieldsSchema");
            assertEquals("https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(),
                    type::toString);
            assertEquals("object", schema.path("type").asText(), type::toString);
            assertTrue(schema.path("properties").isObject() && schema.path("required").isArray(), type::toString);
            assertFalse(type.path("category").asText().isEmpty(), type::toString);
        }
    }

    @Test
    void httpRequestRequiresAUrlAndOffersItsMethods() {
        JsonNode http = TYPES.get("http.request");
        JsonNode schema = http.path("fieldsSchema");

        assertEquals("action", http.path("category").asText());
        assertEquals("[\"url\"]", schema.path("required").toString());
        JsonNode method = schema.path("properties").path("method");
        assertEquals("string", method.path("type").asText());
        assertEquals("[\"GET\",\"POST\",\"PUT\",\"PATCH\",\"DELETE\",\"HEAD\"]", method.path("enum").toString());
        assertEquals("GET", method.path("default").asText());
        JsonNode url = schema.path("properties").path("url");
        assertTrue(url.path("x-glyphic-expressions").asBoolean(), url::toString);
        assertFalse(method.path("x-glyphic-expressions").asBoolean(), method::toString);
        assertEquals("integer", schema.path("properties").path("timeoutMs").path("type").asText());
        assertEquals(30000, schema.path("properties").path("timeoutMs").path("default").asInt());
        assertTrue(schema.path("properties").path("body").path("x-glyphic-multiline").asBoolean(), schema::toString);
        assertEquals("[{\"name\":\"input\",\"type\":\"any\"}]", http.path("inputs").toString());
        assertEquals("[{\"name\":\"response\",\"type\":\"json\"}]", http.path("outputs").toString());
    }

    @Test
    void specialFieldTypesAndDynamicOutputsAreDescribed() {
        assertEquals(0, TYPES.get("trigger.manual").path("inputs").size(), "nothing flows into a trigger");
        JsonNode workflowId = TYPES.get("flow.subworkflow").path("fieldsSchema").path("properties")
                .path("workflowId");
        assertEquals("uuid", workflowId.path("format").asText(), workflowId::toString);
        JsonNode connection = TYPES.get("integration.action").path("fieldsSchema").path("properties")
                .path("connection");
        assertTrue(connection.path("x-glyphic-secret-ref").asBoolean(), connection::toString);
        JsonNode cases = TYPES.get("logic.switch").path("fieldsSchema").path("properties").path("cases");
        assertEquals("array", cases.path("type").asText());
        assertEquals("string", cases.path("items").path("type").asText());

        JsonNode sw = TYPES.get("logic.switch");
        assertEquals("cases", sw.path("dynamicOutputs").path("field").asText(), sw::toString);
        assertEquals("[{\"name\":\"default\",\"type\":\"any\"}]", sw.path("outputs").toString());
        assertTrue(TYPES.get("logic.if").path("dynamicOutputs").isMissingNode());
    }
}
