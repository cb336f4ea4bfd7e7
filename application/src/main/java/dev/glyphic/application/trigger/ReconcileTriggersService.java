package dev.glyphic.application.trigger;

import dev.glyphic.application.port.in.trigger.ReconcileTriggers;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.trigger.TriggerRegistrations;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

public final class ReconcileTriggersService implements ReconcileTriggers {
    private static final Logger LOG = Logger.getLogger(ReconcileTriggersService.class.getName());
    private static final int BATCH = 200;

    private final Transactions transactions;
    private final TriggerRegistrations registrations;
    private final WorkflowRepository workflows;
    private final TriggerRegistry registry;
    private final Clock clock;

    public ReconcileTriggersService(Transactions transactions, TriggerRegistrations registrations,
                                    WorkflowRepository workflows, TriggerRegistry registry, Clock clock) {
        this.transactions = transactions;
        this.registrations = registrations;
        this.workflows = workflows;
        this.registry = registry;
        this.clock = clock;
    }

    /**
     * Each drifted workflow is registered in its own org's transaction, read again there: what another instance or a
     * request changed meanwhile is what gets registered. A workflow deleted meanwhile has nothing left to register.
     * One that cannot be registered is logged and left for the next start (it stays on the drift list), so one broken
     * workflow never keeps the others, or the server, from starting.
     */
    @Override
    public int reconcile() {
        int repaired = 0;
        while (true) {
            List<TriggerRegistrations.Drift> drifted = registrations.drifted(BATCH);
            int before = repaired;
            for (TriggerRegistrations.Drift drift : drifted) {
                repaired += repair(drift) ? 1 : 0;
            }
            if (drifted.size() < BATCH || repaired == before) {
                return repaired;
            }
        }
    }

    private boolean repair(TriggerRegistrations.Drift drift) {
        try {
            return transactions.inTenant(drift.orgId(), () -> workflows
                    .find(drift.orgId(), drift.workspaceId(), drift.workflowId())
                    .map(workflow -> {
                        registry.reconcile(workflow, clock.instant());
                        return true;
                    }).orElse(false));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not register the triggers of workflow " + drift.workflowId() + " of org "
                    + drift.orgId() + "; the next start tries again", e);
            return false;
        }
    }
}
