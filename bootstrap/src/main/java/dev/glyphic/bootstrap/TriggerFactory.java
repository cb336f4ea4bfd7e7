package dev.glyphic.bootstrap;

import dev.glyphic.application.port.in.trigger.ReconcileTriggers;
import dev.glyphic.application.port.out.event.EventOutbox;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.trigger.TriggerRegistrations;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.trigger.ReconcileTriggersService;
import dev.glyphic.application.trigger.TriggerRegistrar;
import dev.glyphic.application.trigger.TriggerRegistry;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Triggers: the registry every workflow change goes through, with every kind's registrar (each a
 * {@link TriggerRegistrar} bean of its own feature's factory), and the reconciliation that runs at start-up.
 */
@Factory
public class TriggerFactory {

    @Singleton
    TriggerRegistry triggerRegistry(List<TriggerRegistrar> registrars, TriggerRegistrations registrations,
                                    EventOutbox outbox) {
        return new TriggerRegistry(registrars, registrations, outbox);
    }

    @Singleton
    ReconcileTriggers reconcileTriggers(Transactions transactions, TriggerRegistrations registrations,
                                        WorkflowRepository workflows, TriggerRegistry registry, Clock clock) {
        return new ReconcileTriggersService(transactions, registrations, workflows, registry, clock);
    }

    /**
     * Registers again, before the server takes requests, every workflow whose triggers do not match it (a crash
     * between deploys, a restored backup, workflows older than the trigger tables): active always means listening.
     */
    @Singleton
    static final class TriggerReconciliation {
        private static final Logger LOG = LoggerFactory.getLogger(TriggerReconciliation.class);

        private final ReconcileTriggers reconcile;

        TriggerReconciliation(ReconcileTriggers reconcile) {
            this.reconcile = reconcile;
        }

        @EventListener
        void onStartup(StartupEvent event) {
            int repaired = reconcile.reconcile();
            if (repaired > 0) {
                LOG.info("registered the triggers of {} workflows again", repaired);
            }
        }
    }
}
