package dev.glyphic.application.schedule;

import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.schedule.PauseSchedule;
import dev.glyphic.application.port.out.schedule.Schedules;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.audit.AuditAction;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleId;
import java.time.Clock;
import java.util.List;
import java.util.Map;

public final class PauseScheduleService implements PauseSchedule {
    private final Transactions transactions;
    private final WorkspaceSchedules inWorkspace;
    private final Schedules schedules;
    private final Auditor auditor;
    private final Clock clock;

    public PauseScheduleService(Transactions transactions, WorkspaceScope scope, Schedules schedules, Auditor auditor,
                                Clock clock) {
        this.transactions = transactions;
        this.inWorkspace = new WorkspaceSchedules(scope, schedules);
        this.schedules = schedules;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Pausing a paused schedule (or resuming a running one) changes nothing and records nothing. */
    @Override
    public Schedule pause(Caller caller, OrgId orgId, WorkspaceId workspaceId, ScheduleId id, boolean paused) {
        return transactions.inTenant(orgId, () -> {
            WorkspaceSchedules.Entered entered = inWorkspace.enter(caller, orgId, workspaceId, id,
                    Action.MANAGE_AUTOMATION, true);
            if (entered.schedule().paused() == paused) {
                return entered.schedule();
            }
            Schedule changed = entered.schedule().paused(paused, clock.instant());
            schedules.update(List.of(changed));
            auditor.record(entered.acting(), paused ? AuditAction.SCHEDULE_PAUSED : AuditAction.SCHEDULE_RESUMED,
                    "schedule", id, Map.of("name", changed.name()));
            return changed;
        });
    }
}
