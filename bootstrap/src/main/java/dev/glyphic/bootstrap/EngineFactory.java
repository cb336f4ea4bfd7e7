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
import dev.glyphic.application.engine.nodes.HttpRequestRunner;
import dev.glyphic.application.engine.nodes.NodeRunners;
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
import dev.glyphic.domain.org.TenantCeilings;
import dev.glyphic.domain.workflow.ExpressionEvaluator;
import dev.glyphic.integrations.expression.ExpressionLimits;
import dev.glyphic.integrations.expression.JsonataExpressionEvaluator;
import dev.glyphic.integrations.http.JdkHttpCalls;
import dev.glyphic.integrations.http.SsrfGuard;
import dev.glyphic.integrations.http.SsrfSettings;
import dev.glyphic.integrations.unconfigured.UnconfiguredContentGeneration;
import dev.glyphic.integrations.unconfigured.UnconfiguredIntegrationActions;
import dev.glyphic.persistence.Sql;
import dev.glyphic.persistence.execution.PgEngineSignals;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The execution engine and what it runs nodes with. The claim loop runs in every instance unless
 * {@code glyphic.engine.enabled} is false (an API-only instance); starting and ending executions works either way.
 */
@Factory
public class EngineFactory {
    static {
        // The engine logs through java.util.logging, the application layer having no logging library of its own.
        if (!org.slf4j.bridge.SLF4JBridgeHandler.isInstalled()) {
            org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
            org.slf4j.bridge.SLF4JBridgeHandler.install();
        }
    }

    /** Bounds of every expression a workflow evaluates (docs/operations.md, "Expression and output limits"). */
    @Singleton
    ExpressionEvaluator expressionEvaluator(
            @Value("${glyphic.expression.time-limit:1s}") Duration timeLimit,
            @Value("${glyphic.expression.max-depth:300}") int maxDepth,
            @Value("${glyphic.expression.max-items:100000}") int maxItems,
            @Value("${glyphic.expression.max-string-length:1048576}") int maxStringLength,
            @Value("${glyphic.expression.max-built-values:2000000}") long maxBuiltValues,
            @Value("${glyphic.expression.max-result-values:500000}") long maxResultValues) {
        return new JsonataExpressionEvaluator(timeLimit, maxDepth,
                new ExpressionLimits(maxItems, maxStringLength, maxBuiltValues, maxResultValues));
    }

    /** Outbound HTTP of workflows; loopback, private and metadata addresses stay shut unless listed here. */
    @Singleton
    HttpCalls httpCalls(@Value("${glyphic.http.allow-hosts:}") List<String> hosts,
                        @Value("${glyphic.http.allow-networks:}") List<String> networks) {
        return new JdkHttpCalls(new SsrfGuard(SsrfSettings.of(new HashSet<>(nonBlank(hosts)), nonBlank(networks))));
    }

    @Singleton
    NodeRunners nodeRunners(ExpressionEvaluator evaluator, HttpCalls http,
                            @Value("${glyphic.http.max-response-bytes:" + HttpRequestRunner.DEFAULT_MAX_RESPONSE_BYTES
                                    + "}") long maxResponseBytes) {
        return NodeRunners.standard(evaluator, http, maxResponseBytes, new UnconfiguredContentGeneration(),
                new UnconfiguredIntegrationActions());
    }

    @Singleton
    PinnedWorkflows pinnedWorkflows(WorkflowRepository workflows) {
        return new PinnedWorkflows(workflows, 2_000);
    }

    /** Listens on a connection of its own, outside the pool, as the app role. */
    @Bean(preDestroy = "close")
    @Singleton
    PgEngineSignals engineSignals(Sql sql, Transactions transactions, @Value("${datasources.default.url}") String url,
                                  @Value("${datasources.default.username}") String user,
                                  @Value("${datasources.default.password:}") String password) {
        PgEngineSignals signals = new PgEngineSignals(sql, transactions,
                PgEngineSignals.Connector.of(url, user, password));
        signals.start();
        return signals;
    }

    @Singleton
    ExecutionStore executionStore(Executions executions, NodeRuns nodeRuns, ExecutionLogs logs,
                                  ExecutionOutputs outputs) {
        return new ExecutionStore(executions, nodeRuns, logs, outputs);
    }

    @Singleton
    ExecutionEnder executionEnder(ExecutionStore store, PinnedWorkflows workflows, NodeRunners runners,
                                  EngineSignals signals) {
        return new ExecutionEnder(store, workflows, runners, signals);
    }

    @Singleton
    TenantCeilings tenantCeilings(TenantCeilingsSettings settings) {
        return settings.ceilings();
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
    EngineSettings engineSettings(@Value("${glyphic.engine.slots:64}") int slots,
                                  @Value("${glyphic.engine.lease:30s}") Duration lease,
                                  @Value("${glyphic.engine.idle-poll:1s}") Duration idlePoll,
                                  @Value("${glyphic.engine.sweep-interval:5s}") Duration sweepInterval,
                                  @Value("${glyphic.engine.shutdown-grace:20s}") Duration shutdownGrace) {
        return new EngineSettings(slots, lease, idlePoll, sweepInterval, shutdownGrace);
    }

    /** What one step may leave behind (docs/operations.md, "Expression and output limits"). */
    @Singleton
    StepLimits stepLimits(@Value("${glyphic.engine.max-output-bytes:1048576}") long maxOutputBytes,
                          @Value("${glyphic.engine.max-record-attempts:3}") int maxRecordAttempts) {
        return new StepLimits(maxOutputBytes, maxRecordAttempts);
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
        private final java.util.Optional<ExecutionEngine> engine;

        EngineStarter(java.util.Optional<ExecutionEngine> engine) {
            this.engine = engine;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            engine.ifPresent(ExecutionEngine::start);
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "glyphic";
        }
    }
}
