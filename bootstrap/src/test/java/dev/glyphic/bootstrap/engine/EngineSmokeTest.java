package dev.glyphic.bootstrap.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.execution.ExecutionRecord;
import dev.glyphic.application.execution.ExecutionStarter;
import dev.glyphic.application.port.out.ExecutionRepository;
import dev.glyphic.application.port.out.Transactions;
import dev.glyphic.application.port.out.WorkflowRepository;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.domain.execution.ExecutionStatus;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EngineSmokeTest {
    @Test
    void aThreeNodeWorkflowRunsToSuccess() throws Exception {
        Api api = new Api();
        TestOrg org = TestOrg.create(api);
        String slug = "ws-" + UUID.randomUUID().toString().substring(0, 12);
        String ws = api.post(org.path() + "/workspaces", Map.of("name", "S", "slug", slug)).as(org.owner()).send()
                .text("id");
        Map<String, Object> def = Map.of("nodes", List.of(
                        node("start", "trigger.manual", Map.of()),
                        node("a", "data.set", Map.of("values", Map.of("n", "{{ $input.n + 1 }}"))),
                        node("b", "data.set", Map.of("values", Map.of("m", "{{ $input.n * 10 }}")))),
                "edges", List.of(Map.of("id", "e1", "source", "start", "target", "a"),
                        Map.of("id", "e2", "source", "a", "target", "b")));
        String wf = api.post(org.path() + "/workspaces/" + ws + "/workflows", Map.of("name", "W", "definition", def))
                .as(org.owner()).send().text("id");
        var ctx = TestServer.get().context();
        Transactions tx = ctx.getBean(Transactions.class);
        ExecutionStarter starter = ctx.getBean(ExecutionStarter.class);
        WorkflowRepository workflows = ctx.getBean(WorkflowRepository.class);
        ExecutionRepository executions = ctx.getBean(ExecutionRepository.class);
        OrgId orgId = new OrgId(UUID.fromString(org.id()));
        WorkspaceId wsId = new WorkspaceId(UUID.fromString(ws));
        ExecutionRecord started = tx.inTenant(orgId, () -> {
            Workflow w = workflows.find(orgId, wsId, new WorkflowId(UUID.fromString(wf))).orElseThrow();
            return starter.start(new ExecutionStarter.Request(orgId, wsId, w, w.version(), TriggerType.MANUAL,
                    Initiator.user(new UserId(UUID.fromString(org.owner().id()))), Json.NULL,
                    JsonText.parse("{\"n\": 1}"), Optional.empty(), Optional.empty(), Optional.empty(), "x",
                    Clock.systemUTC().instant())).execution();
        });
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        ExecutionRecord now = started;
        while (!now.state().isFinal() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            now = tx.inTenant(orgId, () -> executions.find(orgId, started.id()).orElseThrow());
        }
        assertEquals(ExecutionStatus.SUCCEEDED, now.state().status(), () -> "error: " + "");
        assertEquals("{\"m\":20}", JsonText.write(now.output().orElseThrow()));
    }

    private static Map<String, Object> node(String id, String type, Map<String, Object> fields) {
        return Map.of("id", id, "type", "glyphic", "data", Map.of("label", id, "nodeType", type, "fields", fields));
    }
}
