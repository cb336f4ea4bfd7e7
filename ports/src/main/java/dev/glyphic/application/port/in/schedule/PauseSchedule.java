package dev.glyphic.application.port.in.schedule;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleId;

/** Pauses or resumes a schedule (admins). Resuming fires from the next slot after now: a pause is not downtime. */
public interface PauseSchedule {
    Schedule pause(Caller caller, OrgId orgId, WorkspaceId workspaceId, ScheduleId id, boolean paused);
}
