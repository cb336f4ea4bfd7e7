package dev.glyphic.application.schedule;

import dev.glyphic.application.org.Acting;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.application.port.out.schedule.Schedules;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.access.Action;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleId;
import dev.glyphic.domain.shared.DomainException;
import java.util.List;

/** The schedule use cases' way in: the caller may act in the workspace, and the schedule is one of its own. */
final class WorkspaceSchedules {
    private final WorkspaceScope scope;
    private final Schedules schedules;

    WorkspaceSchedules(WorkspaceScope scope, Schedules schedules) {
        this.scope = scope;
        this.schedules = schedules;
    }

    record Entered(Acting acting, Schedule schedule) {
    }

    Entered enter(Caller caller, OrgId orgId, WorkspaceId workspaceId, ScheduleId id, Action action, boolean lock) {
        Acting acting = scope.enter(caller, orgId, workspaceId, action);
        Schedule schedule = (lock ? schedules.lock(orgId, List.of(id)).stream().findFirst() : schedules.find(orgId, id))
                .filter(s -> s.workspaceId().equals(workspaceId))
                .orElseThrow(() -> new DomainException.NotFound("schedule"));
        return new Entered(acting, schedule);
    }
}
