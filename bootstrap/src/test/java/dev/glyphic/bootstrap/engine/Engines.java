package dev.glyphic.bootstrap.engine;

import dev.glyphic.application.engine.EngineSettings;
import dev.glyphic.application.engine.ExecutionEnder;
import dev.glyphic.application.engine.ExecutionEngine;
import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.engine.ExecutionStore;
import dev.glyphic.application.engine.PinnedWorkflows;
import dev.glyphic.application.engine.StepProcessor;
import dev.glyphic.application.engine.nodes.NodeRunners;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.bootstrap.testing.TestServer;
import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;

/**
 * Engines and step processors built from the shared server's beans, as EngineFactory builds its own, and control
 * over the server's engine: a test that must decide who claims what pauses it; a fresh engine with the server's
 * settings takes its place when the pause ends, so the tests after it find an engine as before.
 */
final class Engines {
    /** The engine standing in for the server's since the first pause; null while the server's own one runs. */
    private static ExecutionEngine standIn;

    private Engines() {
    }

    static StepProcessor processor() {
        ApplicationContext c = TestServer.get().context();
        return new StepProcessor(c.getBean(Transactions.class), c.getBean(ExecutionStore.class),
                c.getBean(PinnedWorkflows.class), c.getBean(NodeRunners.class), c.getBean(ExecutionStarter.class),
                c.getBean(ExecutionEnder.class), c.getBean(EngineSignals.class), Executors.newVirtualThreadPerTaskExecutor(), c.getBean(Clock.class),
                () -> 0.5); // the middle of the jitter range: tests that care set jitter 0 anyway
    }

    /** An engine of its own (not started), with these settings. */
    static ExecutionEngine engine(String name, EngineSettings settings) {
        ApplicationContext c = TestServer.get().context();
        return new ExecutionEngine(c.getBean(WorkQueue.class), processor(), c.getBean(ExecutionEnder.class),
                c.getBean(Transactions.class), c.getBean(EngineSignals.class), settings, c.getBean(Clock.class),
                WorkerId.fresh(name));
    }

    static EngineSettings settings(Duration lease, Duration shutdownGrace) {
        EngineSettings d = EngineSettings.defaults();
        return new EngineSettings(d.slots(), lease, Duration.ofMillis(200), d.sweepInterval(),
                shutdownGrace);
    }

    /** A pause of the server's engine: while it lasts, no engine claims but those the test runs itself. */
    interface Pause extends AutoCloseable {
        @Override
        void close();
    }

    static synchronized Pause pauseShared() {
        ApplicationContext c = TestServer.get().context();
        (standIn != null ? standIn : c.getBean(ExecutionEngine.class)).close();
        return () -> {
            synchronized (Engines.class) {
                standIn = new ExecutionEngine(c.getBean(WorkQueue.class), processor(),
                        c.getBean(ExecutionEnder.class), c.getBean(Transactions.class), c.getBean(EngineSignals.class),
                        c.getBean(EngineSettings.class), c.getBean(Clock.class), WorkerId.fresh("stand-in"));
                standIn.start();
            }
        };
    }
}
