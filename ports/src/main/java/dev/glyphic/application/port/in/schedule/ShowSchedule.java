package dev.glyphic.application.port.in.schedule;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** One schedule (viewers and up), and a preview of its next fire times in its zone. */
public interface ShowSchedule {

    Schedule show(Caller caller, OrgId orgId, WorkspaceId workspaceId, ScheduleId id);

    /** The next fire times, in the schedule's zone. */
    record Preview(ZoneId zone, List<Instant> next) {
        public Preview {
            next = List.copyOf(next);
        }
    }

    /** The next {@code count} fire times after now (at most the operator's preview bound). */
    Preview preview(Caller caller, OrgId orgId, WorkspaceId workspaceId, ScheduleId id, int count);
}
