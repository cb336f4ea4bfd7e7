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
import dev.glyphic.application.execution.WorkspaceExecutions;
import dev.glyphic.application.limits.StreamSlots;
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
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The execution use cases of the API: running, listing, following, cancelling, retrying and replaying executions,
 * and deciding approvals. Each method takes what its service needs: the narrow execution ports, the
 * {@link WorkspaceScope} of {@link WorkflowUseCaseFactory}, the one {@link WorkspaceExecutions} made here, the engine
 * pieces (starter, ender, signals, queue cap) of {@link EngineFactory}, the stream slots of {@link AbuseFactory}; the
 * service is exposed as its in-port.
 */
@Factory
public class ExecutionUseCaseFactory {

    /** Finds an execution of the workspace a request names; every use case on one execution goes through it. */
    @Singleton
    WorkspaceExecutions workspaceExecutions(Executions executions) {
        return new WorkspaceExecutions(executions);
    }

    @Singleton
    RunWorkflow runWorkflow(Transactions transactions, WorkspaceScope scope, ExecutionStarter starter, Clock clock) {
        return new RunWorkflowService(transactions, scope, starter, clock);
    }

    @Singleton
    ListExecutions listExecutions(Transactions transactions, WorkspaceScope scope, Executions executions) {
        return new ListExecutionsService(transactions, scope, executions);
    }

    @Singleton
    ShowExecution showExecution(Transactions transactions, WorkspaceScope scope, WorkspaceExecutions inWorkspace,
                                NodeRuns nodeRuns, ExecutionOutputs outputs) {
        return new ShowExecutionService(transactions, scope, inWorkspace, nodeRuns, outputs);
    }

    @Singleton
    ListExecutionLogs listExecutionLogs(Transactions transactions, WorkspaceScope scope,
                                        WorkspaceExecutions inWorkspace, ExecutionLogs logs) {
        return new ListExecutionLogsService(transactions, scope, inWorkspace, logs);
    }

    @Singleton
    CancelExecution cancelExecution(Transactions transactions, WorkspaceScope scope, WorkspaceExecutions inWorkspace,
                                    ExecutionEnder ender, Clock clock) {
        return new CancelExecutionService(transactions, scope, inWorkspace, ender, clock);
    }

    @Singleton
    RetryExecution retryExecution(Transactions transactions, WorkspaceScope scope, Executions executions,
                                  WorkspaceExecutions inWorkspace, NodeRuns nodeRuns, ExecutionLogs logs,
                                  EngineSignals signals, Clock clock, QueueCap queueCap) {
        return new RetryExecutionService(transactions, scope, executions, inWorkspace, nodeRuns, logs, signals, clock,
                queueCap);
    }

    @Singleton
    ReplayExecution replayExecution(Transactions transactions, WorkspaceScope scope, WorkspaceExecutions inWorkspace,
                                    ExecutionStarter starter, Clock clock) {
        return new ReplayExecutionService(transactions, scope, inWorkspace, starter, clock);
    }

    @Singleton
    ListApprovals listApprovals(Transactions transactions, WorkspaceScope scope, PendingApprovals approvals) {
        return new ListApprovalsService(transactions, scope, approvals);
    }

    @Singleton
    DecideApproval decideApproval(Transactions transactions, WorkspaceScope scope, WorkspaceExecutions inWorkspace,
                                  NodeRuns nodeRuns, ExecutionLogs logs, ApiKeyRepository apiKeys,
                                  EngineSignals signals, Clock clock) {
        return new DecideApprovalService(transactions, scope, inWorkspace, nodeRuns, logs, apiKeys, signals, clock);
    }

    @Singleton
    WatchExecution watchExecution(Transactions transactions, WorkspaceScope scope, WorkspaceExecutions inWorkspace,
                                  ExecutionLogs logs, EngineSignals signals, UserRepository users,
                                  StreamSlots streamSlots, Clock clock) {
        return new WatchExecutionService(transactions, scope, inWorkspace, logs, signals, users, streamSlots, clock);
    }
}
