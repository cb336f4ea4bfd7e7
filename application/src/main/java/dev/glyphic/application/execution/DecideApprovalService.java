package dev.glyphic.application.execution;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.DecideApproval;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.execution.NodeRunRecord;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.LogEntry;
import dev.glyphic.domain.execution.LogLevel;
import dev.glyphic.domain.execution.NodeOutcome.WaitKind;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.execution.NodeRunStatus;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records a person's decision on a waiting approval; the engine then resumes the step, which takes the approved or
 * rejected branch. The decision is taken under the execution's row lock, so two people deciding at once cannot both
 * win: the second finds the approval decided.
 */
public final class DecideApprovalService implements DecideApproval {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final NodeRuns nodeRuns;
    private final ExecutionLogs logs;
    private final ApiKeyRepository apiKeys;
    private final WorkspaceExecutions inWorkspace;
    private final EngineSignals signals;
    private final Clock clock;

    public DecideApprovalService(Transactions transactions, WorkspaceScope scope, WorkspaceExecutions inWorkspace,
                                 NodeRuns nodeRuns, ExecutionLogs logs, ApiKeyRepository apiKeys, EngineSignals signals, Clock clock) {
        this.transactions = transactions;
        this.scope = scope;
        this.nodeRuns = nodeRuns;
        this.logs = logs;
        this.apiKeys = apiKeys;
        this.inWorkspace = inWorkspace;
        this.signals = signals;
        this.clock = clock;
    }

    @Override
    public Decided decide(Caller caller, OrgId orgId, WorkspaceId workspaceId, NodeRunId nodeRunId, Command command) {
        return transactions.inTenant(orgId, () -> {
            Acting acting = scope.enter(caller, orgId, workspaceId, Action.APPROVE);
            NodeRunRecord found = nodeRuns.find(orgId, nodeRunId)
                    .orElseThrow(() -> new DomainException.NotFound("approval"));
            ExecutionRecord execution;
            try {
                execution = inWorkspace.lock(orgId, workspaceId, found.state().executionId());
            } catch (DomainException.NotFound e) {
                throw new DomainException.NotFound("approval");
            }
            // Read again under the lock: it may have been decided or cancelled since the first read.
            NodeRunRecord run = nodeRuns.find(orgId, nodeRunId).orElseThrow();
            Json.Obj detail = approvalDetail(run);
            Instant now = clock.instant();
            requireOpen(run, now);
            Role needed = approverRole(detail);
            if (!acting.role().atLeast(needed)) {
                throw new DomainException.Forbidden("this approval needs the " + needed.wireName()
                        + " role or a stronger one; you are " + acting.role().wireName());
            }
            if (!flag(detail, "allowSelfApproval") && startedBy(orgId, execution.execution().startedBy(), acting)) {
                throw new DomainException.Forbidden("self_approval", "you started this execution, and this "
                        + "approval does not allow its starter to decide it; someone else must");
            }
            String by = acting.as().userId().toString();
            Map<String, Json> resolution = new LinkedHashMap<>();
            resolution.put("decision", Json.of(command.verdict().wireName()));
            resolution.put("by", Json.of(by));
            resolution.put("comment", command.comment().<Json>map(Json::of).orElse(Json.NULL));
            resolution.put("at", Json.of(now.toString()));
            if (!nodeRuns.resolveWait(orgId, nodeRunId, new Json.Obj(resolution), now)) {
                throw closed("the approval no longer waits for a decision");
            }
            logs.append(orgId, List.of(LogEntry.ofNode(execution.id(), now, LogLevel.INFO,
                    run.nodeId(), "flow.approval", command.verdict().wireName() + " by "
                            + CancelExecutionService.who(acting), new Json.Obj(resolution))));
            signals.workReady();
            signals.executionChanged(execution.id());
            return new Decided(nodeRunId, command.verdict());
        });
    }

    private static Json.Obj approvalDetail(NodeRunRecord run) {
        return run.waitFor()
                .filter(w -> w.kind() == WaitKind.APPROVAL)
                .map(w -> w.detail() instanceof Json.Obj o ? o : Json.EMPTY_OBJECT)
                .orElseThrow(() -> new DomainException.NotFound("approval"));
    }

    /** Open while it waits, undecided, and its timeout has not come: after that the timeout decides. */
    private static void requireOpen(NodeRunRecord run, Instant now) {
        if (run.state().status() != NodeRunStatus.WAITING) {
            throw closed("the approval is closed: its step is " + run.state().status().wireName());
        }
        if (run.resolution().isPresent()) {
            throw closed("the approval has been decided already");
        }
        if (run.wakeAt().map(at -> !now.isBefore(at)).orElse(false)) {
            throw closed("the approval timed out; its timeout decides");
        }
    }

    private static DomainException.Conflict closed(String message) {
        return new DomainException.Conflict("approval_closed", message);
    }

    private static Role approverRole(Json.Obj detail) {
        return detail.get("approverRole").filter(r -> r instanceof Json.Str).map(r -> Role.parse(((Json.Str) r)
                .value())).orElse(Role.MEMBER);
    }

    private static boolean flag(Json.Obj detail, String name) {
        return detail.get(name).orElse(Json.NULL) instanceof Json.Bool(boolean value) && value;
    }

    /**
     * The starter is the same person: directly, through one of their API keys (a run a key started is its
     * creator's run, even when the key was revoked since), or the same API key.
     */
    private boolean startedBy(OrgId orgId, Initiator initiator, Acting acting) {
        return switch (initiator) {
            case Initiator.User user -> user.userId().equals(acting.as().userId());
            case Initiator.ApiKey key -> acting.viaKey().map(key.apiKeyId()::equals).orElse(false)
                    || apiKeys.find(orgId, key.apiKeyId()).map(k -> k.createdBy().equals(acting.as().userId()))
                    .orElse(false);
            case Initiator.System system -> false;
        };
    }
}
