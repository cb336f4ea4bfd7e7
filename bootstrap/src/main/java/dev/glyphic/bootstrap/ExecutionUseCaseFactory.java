package dev.glyphic.bootstrap;

import dev.glyphic.application.engine.ExecutionEnder;
import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.engine.QueueCap;
import dev.glyphic.application.execution.CancelExecutionService;
import dev.glyphic.application.execution.DecideApprovalService;
import dev.glyphic.application.execution.ListApprovalsService;
import dev.glyphic.application.execution.ListExecutionLogsService;
import dev.glyphic.application.execution.ListExecutionsService;
import dev.glyphic.application.execution.ReplayExecutionService;
import dev.glyphic.application.execution.RetryExecutionService;
import dev.glyphic.application.execution.RunWorkflowService;
import dev.glyphic.application.execution.ShowExecutionService;
import dev.glyphic.application.execution.WatchExecutionService;
import dev.glyphic.application.limits.StreamSlots;
import dev.glyphic.application.org.OrgAccess;
import dev.glyphic.application.port.in.execution.CancelExecution;
import dev.glyphic.application.port.in.execution.DecideApproval;
import dev.glyphic.application.port.in.execution.ListApprovals;
import dev.glyphic.application.port.in.execution.ListExecutionLogs;
import dev.glyphic.application.port.in.execution.ListExecutions;
import dev.glyphic.application.port.in.execution.ReplayExecution;
import dev.glyphic.application.port.in.execution.RetryExecution;
import dev.glyphic.application.port.in.execution.RunWorkflow;
import dev.glyphic.application.port.in.execution.ShowExecution;
import dev.glyphic.application.port.in.execution.WatchExecution;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.application.port.out.execution.ExecutionOutputs;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.application.port.out.execution.PendingApprovals;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.workflow.WorkspaceScope;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Builds the execution use cases of the API: running, listing, following, cancelling, retrying and replaying
 * executions, and deciding approvals. The engine pieces they use (starter, ender, signals) come from
 * {@link EngineFactory}.
 */
@Factory
public class ExecutionUseCaseFactory {
    private final Transactions transactions;
    private final Executions executions;
    private final WorkspaceScope scope;
    private final Clock clock;

    public ExecutionUseCaseFactory(Transactions transactions, Executions executions, OrgAccess access,
                                   WorkspaceRepository workspaces, WorkflowRepository workflows, Clock clock) {
        this.transactions = transactions;
        this.executions = executions;
        this.scope = new WorkspaceScope(access, workspaces, workflows);
        this.clock = clock;
    }

    @Singleton
    RunWorkflow runWorkflow(ExecutionStarter starter) {
        return new RunWorkflowService(transactions, scope, starter, clock);
    }

    @Singleton
    ListExecutions listExecutions() {
        return new ListExecutionsService(transactions, scope, executions);
    }

    @Singleton
    ShowExecution showExecution(NodeRuns nodeRuns, ExecutionOutputs outputs) {
        return new ShowExecutionService(transactions, scope, executions, nodeRuns, outputs);
    }

    @Singleton
    ListExecutionLogs listExecutionLogs(ExecutionLogs logs) {
        return new ListExecutionLogsService(transactions, scope, executions, logs);
    }

    @Singleton
    CancelExecution cancelExecution(ExecutionEnder ender) {
        return new CancelExecutionService(transactions, scope, executions, ender, clock);
    }

    @Singleton
    RetryExecution retryExecution(NodeRuns nodeRuns, ExecutionLogs logs, EngineSignals signals, QueueCap queueCap) {
        return new RetryExecutionService(transactions, scope, executions, nodeRuns, logs, signals, clock, queueCap);
    }

    @Singleton
    ReplayExecution replayExecution(ExecutionStarter starter) {
        return new ReplayExecutionService(transactions, scope, executions, starter, clock);
    }

    @Singleton
    ListApprovals listApprovals(PendingApprovals approvals) {
        return new ListApprovalsService(transactions, scope, approvals);
    }

    @Singleton
    DecideApproval decideApproval(NodeRuns nodeRuns, ExecutionLogs logs, EngineSignals signals,
                                  ApiKeyRepository apiKeys) {
        return new DecideApprovalService(transactions, scope, executions, nodeRuns, logs, apiKeys, signals, clock);
    }

    @Singleton
    WatchExecution watchExecution(ExecutionLogs logs, EngineSignals signals, UserRepository users,
                                  StreamSlots streamSlots) {
        return new WatchExecutionService(transactions, scope, executions, logs, signals, users, streamSlots, clock);
    }
}
