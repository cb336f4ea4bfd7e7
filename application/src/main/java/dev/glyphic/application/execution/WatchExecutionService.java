package dev.glyphic.application.execution;

import dev.glyphic.application.limits.StreamSlots;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.execution.TimeCursor;
import dev.glyphic.application.port.in.execution.WatchExecution;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.application.port.out.execution.ExecutionRecord;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

public final class WatchExecutionService implements WatchExecution {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final ExecutionLogs logs;
    private final WorkspaceExecutions inWorkspace;
    private final EngineSignals signals;
    private final UserRepository users;
    private final StreamSlots slots;
    private final Clock clock;

    public WatchExecutionService(Transactions transactions, WorkspaceScope scope, WorkspaceExecutions inWorkspace,
                                 ExecutionLogs logs, EngineSignals signals, UserRepository users, StreamSlots slots,
                                 Clock clock) {
        this.transactions = transactions;
        this.scope = scope;
        this.logs = logs;
        this.inWorkspace = inWorkspace;
        this.signals = signals;
        this.users = users;
        this.slots = slots;
        this.clock = clock;
    }

    @Override
    public Watch open(Caller caller, OrgId orgId, WorkspaceId workspaceId, ExecutionId id, Runnable onChange) {
        transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            return inWorkspace.find(orgId, workspaceId, id);
        });
        StreamSlots.Slot slot = slots.acquire(caller, orgId);
        EngineSignals.Subscription subscription;
        try {
            subscription = signals.onExecutionChanged(id, onChange);
        } catch (RuntimeException e) {
            slot.close();
            throw e;
        }
        return new Watch() {
            @Override
            public Snapshot read(Optional<TimeCursor> after, int limit) {
                return transactions.inTenant(orgId, () -> {
                    requireLiveSession(caller);
                    scope.enter(caller, orgId, workspaceId, Action.READ);
                    ExecutionRecord execution = inWorkspace.find(orgId, workspaceId, id);
                    return new Snapshot(execution, logs.list(orgId, id,
                            after.map(c -> new ExecutionLogs.LogCursor(c.at(), c.id())), limit));
                });
            }

            @Override
            public Optional<TimeCursor> after(UUID logId) {
                return transactions.inTenant(orgId, () -> logs.cursor(orgId, id, logId)
                        .map(c -> new TimeCursor(c.at(), c.id())));
            }

            @Override
            public void close() {
                subscription.close();
                slot.close();
            }
        };
    }

    /**
     * A stream outlives the request that opened it, so the session it was opened in is checked again on every
     * read: a logout or a password change (which ends every session) ends the stream too, and so does the expiry
     * of the access token it was opened with.
     */
    private void requireLiveSession(Caller caller) {
        if (caller instanceof Caller.Person person
                && person.expiresAt().filter(end -> !clock.instant().isBefore(end)).isPresent()) {
            throw new DomainException.Unauthenticated("the access token this stream was opened with has expired");
        }
        if (caller instanceof Caller.Person person && person.session().isPresent()
                && users.findWithLiveSession(person.userId(), person.session().get()).isEmpty()) {
            throw new DomainException.Unauthenticated("the session this stream was opened in has ended");
        }
    }
}
