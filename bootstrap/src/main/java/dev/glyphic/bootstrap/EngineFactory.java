package dev.glyphic.bootstrap;

import dev.glyphic.application.engine.EngineSettings;
import dev.glyphic.application.engine.ExecutionEnder;
import dev.glyphic.application.engine.ExecutionEngine;
import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.engine.ExecutionStore;
import dev.glyphic.application.engine.PinnedWorkflows;
import dev.glyphic.application.engine.QueueCap;
import dev.glyphic.application.engine.StepLimits;
import dev.glyphic.application.engine.StepProcessor;
import dev.glyphic.application.engine.nodes.NodeRunners;
import dev.glyphic.application.port.out.event.EventOutbox;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.application.port.out.execution.ExecutionOutputs;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.execution.HttpCalls;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.bootstrap.config.DatasourceSettings;
import dev.glyphic.bootstrap.config.EngineRuntimeSettings;
import dev.glyphic.bootstrap.config.ExpressionSettings;
import dev.glyphic.bootstrap.config.OutboundHttpSettings;
import dev.glyphic.domain.org.TenantCeilings;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.integrations.expression.JsonataExpressionEvaluator;
import dev.glyphic.integrations.http.JdkHttpCalls;
import dev.glyphic.integrations.http.SsrfGuard;
import dev.glyphic.integrations.unconfigured.UnconfiguredContentGeneration;
import dev.glyphic.integrations.unconfigured.UnconfiguredIntegrationActions;
import dev.glyphic.persistence.Sql;
import dev.glyphic.persistence.execution.PgEngineSignals;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The engine runtime: what runs nodes (expression evaluator, outbound HTTP, node runners), what starts, ends and
 * signals executions, and the claim loop. Settings come from {@link ExpressionSettings},
 * {@link OutboundHttpSettings} and {@link EngineRuntimeSettings}; the operator's tenant ceilings from
 * {@link OrgUseCaseFactory}. The claim loop runs in every instance unless {@code glyphic.engine.enabled} is false
 * (an API-only instance); starting and ending executions works either way.
 */
@Factory
public class EngineFactory {

    /** Bounds of every expression a workflow evaluates (docs/operations.md, "Expression and output limits"). */
    @Singleton
    ExpressionEvaluator expressionEvaluator(ExpressionSettings settings) {
        return new JsonataExpressionEvaluator(settings.timeLimit(), settings.maxDepth(), settings.limits());
    }

    /** Outbound HTTP of workflows; loopback, private and metadata addresses stay shut unless listed. */
    @Singleton
    HttpCalls httpCalls(OutboundHttpSettings settings) {
        return new JdkHttpCalls(new SsrfGuard(settings.ssrf()));
    }

    @Singleton
    NodeRunners nodeRunners(ExpressionEvaluator evaluator, HttpCalls http, OutboundHttpSettings settings) {
        return NodeRunners.standard(evaluator, http, settings.maxResponseBytes(), new UnconfiguredContentGeneration(),
                new UnconfiguredIntegrationActions());
    }

    @Singleton
    PinnedWorkflows pinnedWorkflows(WorkflowRepository workflows) {
        return new PinnedWorkflows(workflows, 2_000);
    }

    /** Listens on a connection of its own, outside the pool, as the app role. */
    @Bean(preDestroy = "close")
    @Singleton
    PgEngineSignals engineSignals(Sql sql, Transactions transactions, DatasourceSettings datasource) {
        PgEngineSignals signals = new PgEngineSignals(sql, transactions,
                PgEngineSignals.Connector.of(datasource.url(), datasource.username(), datasource.password()));
        signals.start();
        return signals;
    }

    @Singleton
    ExecutionStore executionStore(Executions executions, NodeRuns nodeRuns, ExecutionLogs logs,
                                  ExecutionOutputs outputs, EventOutbox events) {
        return new ExecutionStore(executions, nodeRuns, logs, outputs, events);
    }

    @Singleton
    ExecutionEnder executionEnder(ExecutionStore store, PinnedWorkflows workflows, NodeRunners runners,
                                  EngineSignals signals) {
        return new ExecutionEnder(store, workflows, runners, signals);
    }

    @Singleton
    QueueCap queueCap(Executions executions, TenantCeilings ceilings) {
        return new QueueCap(executions, ceilings.maxQueuedExecutions());
    }

    @Singleton
    ExecutionStarter executionStarter(Executions executions, ExecutionLogs logs, WorkflowRepository workflowRepository,
                                      PinnedWorkflows workflows, ExecutionEnder ender, EngineSignals signals,
                                      QueueCap queueCap, TenantCeilings ceilings) {
        return new ExecutionStarter(executions, logs, workflowRepository, workflows, ender, signals, queueCap,
                ceilings.maxSubworkflowDepth());
    }

    @Singleton
    EngineSettings engineSettings(EngineRuntimeSettings settings) {
        return settings.engine();
    }

    /** What one step may leave behind (docs/operations.md, "Expression and output limits"). */
    @Singleton
    StepLimits stepLimits(EngineRuntimeSettings settings) {
        return settings.stepLimits();
    }

    @Bean(preDestroy = "close")
    @Singleton
    @Requires(property = "glyphic.engine.enabled", notEquals = "false")
    ExecutionEngine executionEngine(WorkQueue queue, Transactions transactions, ExecutionStore store,
                                    PinnedWorkflows workflows, NodeRunners runners, ExecutionStarter starter,
                                    ExecutionEnder ender, EngineSignals signals, EngineSettings settings,
                                    StepLimits limits, Clock clock) {
        ExecutorService nodeThreads = Executors.newVirtualThreadPerTaskExecutor();
        StepProcessor processor = new StepProcessor(transactions, store, workflows, runners, starter, ender, signals,
                nodeThreads, clock, () -> ThreadLocalRandom.current().nextDouble(), limits);
        return new ExecutionEngine(queue, processor, ender, transactions, signals, settings, clock,
                WorkerId.fresh(hostName()));
    }

    /** Starts the claim loop once the server is up (a bean created lazily would otherwise never claim). */
    @Singleton
    static final class EngineStarter {
        private final Optional<ExecutionEngine> engine;

        EngineStarter(Optional<ExecutionEngine> engine) {
            this.engine = engine;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            engine.ifPresent(ExecutionEngine::start);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "glyphic";
        }
    }
}
