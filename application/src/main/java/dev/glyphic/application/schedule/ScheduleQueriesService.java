package dev.glyphic.application.schedule;

import dev.glyphic.application.port.Cursors;
import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.in.schedule.ListScheduleSlots;
import dev.glyphic.application.port.in.schedule.ListSchedules;
import dev.glyphic.application.port.in.schedule.ShowSchedule;
import dev.glyphic.application.port.out.schedule.ScheduleSlots;
import dev.glyphic.application.port.out.schedule.Schedules;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleId;
import dev.glyphic.domain.schedule.ScheduleSlot;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import java.time.Clock;
import java.util.List;

/** What viewers may read of schedules: the list, one schedule, its next fire times, its slots. */
public final class ScheduleQueriesService implements ListSchedules, ShowSchedule, ListScheduleSlots {
    private final Transactions transactions;
    private final WorkspaceScope scope;
    private final WorkspaceSchedules inWorkspace;
    private final Schedules schedules;
    private final ScheduleSlots slots;
    private final int previewMax;
    private final Clock clock;

    public ScheduleQueriesService(Transactions transactions, WorkspaceScope scope, Schedules schedules,
                                  ScheduleSlots slots, int previewMax, Clock clock) {
        this.transactions = transactions;
        this.scope = scope;
        this.inWorkspace = new WorkspaceSchedules(scope, schedules);
        this.schedules = schedules;
        this.slots = slots;
        this.previewMax = previewMax;
        this.clock = clock;
    }

    @Override
    public Page<Schedule> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            scope.enter(caller, orgId, workspaceId, Action.READ);
            return Page.of(schedules.list(orgId, workspaceId, page), page, s -> Cursors.encode(s.id().value()));
        });
    }

    @Override
    public Schedule show(Caller caller, OrgId orgId, WorkspaceId workspaceId, ScheduleId id) {
        return transactions.inTenant(orgId, () -> inWorkspace.enter(caller, orgId, workspaceId, id, Action.READ,
                false).schedule());
    }

    @Override
    public Preview preview(Caller caller, OrgId orgId, WorkspaceId workspaceId, ScheduleId id, int count) {
        if (count < 1 || count > previewMax) {
            throw new DomainException.BadQuery(List.of(Violation.of("count", "out_of_range",
                    "count must be between 1 and " + previewMax)));
        }
        Schedule schedule = show(caller, orgId, workspaceId, id);
        return new Preview(schedule.zone(), schedule.cron().preview(clock.instant(), schedule.zone(), count));
    }

    @Override
    public Page<ScheduleSlot> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, ScheduleId id,
                                   PageRequest page) {
        return transactions.inTenant(orgId, () -> {
            inWorkspace.enter(caller, orgId, workspaceId, id, Action.READ, false);
            return Page.of(slots.list(orgId, id, page), page, slot -> Cursors.encode(slot.id()));
        });
    }
}
