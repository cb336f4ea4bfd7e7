package dev.glyphic.application.port.in.schedule;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.schedule.Schedule;

/** A workspace's schedules (viewers and up). */
public interface ListSchedules {
    Page<Schedule> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, PageRequest page);
}
