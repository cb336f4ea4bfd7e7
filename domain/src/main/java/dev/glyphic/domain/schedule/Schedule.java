package dev.glyphic.domain.schedule;

import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow's {@code trigger.schedule} node as the scheduler keeps it: its cron in its zone, what to do with missed
 * slots, whether it fires now, and when next. It keeps its identity and history while the node stays.
 *
 * @param listening the workflow is active, not in the trash, and still has the node (the registry's part)
 * @param paused    the admin's switch
 * @param nextRunAt the next slot to fire; empty when the expression never fires again
 */
public record Schedule(OrgId orgId, ScheduleId id, WorkspaceId workspaceId, WorkflowId workflowId, String nodeId,
                       String name, CronSchedule cron, ZoneId zone, MissedRunPolicy missedRuns, boolean listening,
                       boolean paused, Optional<Instant> nextRunAt, Optional<Instant> lastRunAt, long runCount,
                       Instant createdAt, Instant updatedAt) {

    public Schedule {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(id);
        Objects.requireNonNull(workspaceId);
        Objects.requireNonNull(workflowId);
        Objects.requireNonNull(nodeId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(cron);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(missedRuns);
        Objects.requireNonNull(nextRunAt);
        Objects.requireNonNull(lastRunAt);
    }

    public static Schedule create(OrgId orgId, WorkspaceId workspaceId, WorkflowId workflowId, String name,
                                  TriggerNode.Schedule node, Instant now) {
        CronSchedule cron = CronSchedule.parse(node.cron());
        return new Schedule(orgId, ScheduleId.random(), workspaceId, workflowId, node.nodeId(), name, cron,
                node.zone(), MissedRunPolicy.parse(node.missedRuns()), true, false, cron.next(now, node.zone()),
                Optional.empty(), 0, now, now);
    }

    /** Whether the node as it is now asks for something else than this schedule does. */
    public boolean differsFrom(TriggerNode.Schedule node) {
        return !cron.expression().equals(node.cron().trim()) || !zone.equals(node.zone())
                || missedRuns != MissedRunPolicy.parse(node.missedRuns());
    }

    /**
     * Listening to the node as it is now. A schedule that starts listening again, or whose timing changed, is due
     * from now: slots that passed while the workflow was off are not missed runs.
     */
    public Schedule following(String newName, TriggerNode.Schedule node, Instant now) {
        CronSchedule newCron = CronSchedule.parse(node.cron());
        boolean retimed = !listening || differsFrom(node);
        return new Schedule(orgId, id, workspaceId, workflowId, nodeId, newName, newCron, node.zone(),
                MissedRunPolicy.parse(node.missedRuns()), true, paused,
                retimed ? newCron.next(now, node.zone()) : nextRunAt, lastRunAt, runCount, createdAt, now);
    }

    public Schedule stopListening(Instant now) {
        return new Schedule(orgId, id, workspaceId, workflowId, nodeId, name, cron, zone, missedRuns, false, paused,
                nextRunAt, lastRunAt, runCount, createdAt, now);
    }

    /** Paused or resumed; resuming is due from now, since a pause is a choice and its slots are not missed runs. */
    public Schedule paused(boolean on, Instant now) {
        Optional<Instant> next = on ? nextRunAt : cron.next(now, zone);
        return new Schedule(orgId, id, workspaceId, workflowId, nodeId, name, cron, zone, missedRuns, listening, on,
                next, lastRunAt, runCount, createdAt, now);
    }

    /** After a plan ran: due next at its next slot, with the runs it started counted. */
    public Schedule fired(SlotPlan plan, Instant now) {
        Optional<Instant> last = plan.fire().isEmpty() ? lastRunAt
                : Optional.of(plan.fire().get(plan.fire().size() - 1));
        return new Schedule(orgId, id, workspaceId, workflowId, nodeId, name, cron, zone, missedRuns, listening,
                paused, plan.next(), last, runCount + plan.fire().size(), createdAt, now);
    }

    public boolean fires() {
        return listening && !paused && nextRunAt.isPresent();
    }
}
