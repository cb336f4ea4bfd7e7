package dev.glyphic.application.port.out.schedule;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleId;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Schedules. {@link #claimDue} and {@link #nextDue} read across orgs; the rest run in the org's transaction. */
public interface Schedules {

    record Claim(OrgId orgId, ScheduleId id) {
    }

    /**
     * Due schedules ({@code next run <= now}) no other instance holds, held by this one until {@code until}; at most
     * {@code limit}, the longest-due first.
     */
    List<Claim> claimDue(Instant now, Instant until, int limit);

    /** The earliest next run of any schedule that can fire. */
    Optional<Instant> nextDue();

    Optional<Schedule> find(OrgId orgId, ScheduleId id);

    /**
     * Those of the schedules that exist, locked until the transaction ends (in id order, so two lockers of
     * overlapping sets never deadlock): whoever fires one waits for whoever fires it already.
     */
    List<Schedule> lock(OrgId orgId, Collection<ScheduleId> ids);

    List<Schedule> ofWorkflow(OrgId orgId, WorkflowId workflowId);

    /** A workspace's schedules, oldest first, keyset-paginated by id. */
    List<Schedule> list(OrgId orgId, WorkspaceId workspaceId, PageRequest page);

    void insert(Schedule schedule);

    /** Writes every field that may change, and lets go of any claim on them; one round trip for them all. */
    void update(List<Schedule> schedules);
}
