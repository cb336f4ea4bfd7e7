package dev.glyphic.bootstrap.api.execution;

import static dev.glyphic.bootstrap.api.execution.Executions.doubling;
import static dev.glyphic.bootstrap.api.execution.Executions.workflow;
import static dev.glyphic.bootstrap.testing.Expect.fieldErrors;
import static dev.glyphic.bootstrap.testing.Expect.invalidQuery;
import static dev.glyphic.bootstrap.testing.Expect.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestOrg;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Free-form JSON (a run's input, a workflow's definition) meets the same limits as every other JSON that enters:
 * what PostgreSQL cannot store is a 400 naming the field, never a 500 from a refused statement. Each case was a
 * 500 before the JSON boundary was one.
 */
class JsonBoundaryApiTest {
    private static final Api API = new Api();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestOrg org;
    private static Executions.Space space;
    private static String workflowId;

    @BeforeAll
    static void organization() {
        org = TestOrg.create(API);
        space = Executions.newSpace(API, org);
        workflowId = workflow(API, space, org.member(), doubling());
    }

    @Test
    void aNulCharacterInRunInputIsRefusedNamingTheField() {
        refused("{\"input\": {\"s\": \"a\\u0000b\"}}", "/input/s", "unstorable_text");
    }

    @Test
    void aNulCharacterInAKeyOfRunInputIsRefused() {
        refused("{\"input\": {\"a\\u0000\": 1}}", "/input/a\u0000", "unstorable_text");
    }

    @Test
    void aLoneSurrogateInRunInputIsRefused() {
        refused("{\"input\": {\"list\": [\"ok\", \"\\ud800\"]}}", "/input/list/1", "unstorable_text");
    }

    @Test
    void aNumberPostgresqlCannotStoreIsRefused() {
        refused("{\"input\": {\"s\": 1e999999}}", "/input/s", "number_out_of_range");
        refused("{\"input\": {\"s\": -1e-999999}}", "/input/s", "number_out_of_range");
        // Stored, 1e131071 would come back as 131,072 digits: a 9-byte input must not become 128 KiB.
        refused("{\"input\": {\"s\": 1e131071}}", "/input/s", "number_out_of_range");
    }

    @Test
    void aNumberThatFitsIsKeptExactly() {
        Api.Reply started = Expect.status(201, API.post(space.runs(workflowId),
                "{\"input\": {\"n\": 1e999, \"x\": 0.1000000000000000000000000000001}}").as(org.member()).send());
        String body = started.raw().body();
        assertTrue(body.contains("\"input\":{\"n\":1E+999,\"x\":0.1000000000000000000000000000001}"), body);
    }

    @Test
    void aDefinitionWithAnUnstorableNumberIsRefused() throws Exception {
        String definition = JSON.writeValueAsString(doubling()).replace("\"metadata\":{}",
                "\"metadata\":{\"big\":1e999999}");
        Api.Reply reply = API.post(space.path() + "/workflows", "{\"name\": \"n\", \"definition\": " + definition
                + "}").as(org.member()).send();
        problem(400, "malformed-body", reply);
        assertEquals("/definition/metadata/big", reply.json().path("errors").path(0).path("pointer").asText(),
                reply::toString);
    }

    @Test
    void aTimeFilterOutOfRangeIsA400NamingTheParameter() {
        for (String path : new String[] {space.path() + "/workflows?updatedFrom=%2B300000-01-01T00:00:00Z",
                space.path() + "/workflows?updatedTo=-200000-01-01T00:00:00Z",
                space.executions() + "?from=%2B300000-01-01T00:00:00Z"}) {
            Api.Reply reply = API.get(path).as(org.viewer()).send();
            String parameter = path.substring(path.indexOf('?') + 1, path.indexOf('='));
            invalidQuery(reply, "/" + parameter + " out_of_range");
        }
    }

    private static void refused(String body, String pointer, String code) {
        Api.Reply reply = problem(400, "malformed-body", API.post(space.runs(workflowId), body).as(org.member())
                .send());
        assertEquals(List.of(pointer + " " + code), fieldErrors(reply), reply::toString);
    }
}
