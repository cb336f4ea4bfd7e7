package dev.glyphic.application.execution;

import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.RunWorkflow;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

public final class RunWorkflowService implements RunWorkflow {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final ExecutionStarter starter;
    private final Clock clock;

    public RunWorkflowService(Transactions transactions, WorkspaceScope scope, ExecutionStarter starter,
                              Clock clock) {
        this.transactions = transactions;
        this.scope = scope;
        this.starter = starter;
        this.clock = clock;
    }

    @Override
    public Outcome run(Caller caller, OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId, Command command) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.EDIT_CONTENT);
            Workflow workflow = scope.liveWorkflow(orgId, workspaceId, workflowId);
            ExecutionStarter.Started started = starter.start(new ExecutionStarter.Request(orgId, workspaceId,
                    workflow, workflow.version(), TriggerType.MANUAL, WorkspaceExecutions.initiator(caller),
                    Json.NULL, command.input(), Optional.empty(), Optional.empty(),
                    // Namespaced: a person's key can never take a key that webhooks or schedules derive.
                    command.idempotencyKey().map(key -> "manual:" + key),
                    digest(workflowId, command.input()), clock.instant()));
            return started.repeated() ? new Outcome.Repeated(started.execution())
                    : new Outcome.Started(started.execution());
        });
    }

    /**
     * What a run request asks for, so that an idempotency key reused for another request is told apart from a
     * repeat. The canonical text of the input makes the digest independent of how the client spaced its JSON.
     */
    static String digest(WorkflowId workflowId, Json input) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("run\n" + workflowId + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(JsonText.write(input).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
