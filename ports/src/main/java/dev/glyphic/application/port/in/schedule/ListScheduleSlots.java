package dev.glyphic.application.port.in.schedule;

import dev.glyphic.application.port.Page;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.schedule.ScheduleId;
import dev.glyphic.domain.schedule.ScheduleSlot;

/** What became of a schedule's slots, newest first: started with their run, or skipped with why (viewers). */
public interface ListScheduleSlots {
    Page<ScheduleSlot> list(Caller caller, OrgId orgId, WorkspaceId workspaceId, ScheduleId id, PageRequest page);
}
