package dev.glyphic.application.schedule;

import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.port.in.schedule.FireDueSchedules;
import dev.glyphic.application.port.out.schedule.ScheduleSlots;
import dev.glyphic.application.port.out.schedule.Schedules;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.shared.ClaimedWork;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleSlot;
import dev.glyphic.domain.schedule.SlotPlan;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fires the schedules whose slots have come. Claims a batch across orgs, then fires each org's share in one
 * transaction of that org: the schedules are locked and re-read there, their slots planned by their missed-run
 * policies, and the runs started and the slots recorded together ({@link ExecutionStarter#startAll}: a round trip for
 * the share's executions, one for its slots, one for its schedules). The slot's record (unique per schedule and
 * slot) and the run's idempotency key ({@code schedule:<id>:<slot>}) make a slot fire once however many instances
 * decide it, and a crash before the commit leaves the slot due, so none is lost.
 */
public final class FireDueSchedulesService implements FireDueSchedules {
    private final Transactions transactions;
    private final Schedules schedules;
    private final ScheduleSlots slots;
    private final WorkflowRepository workflows;
    private final ExecutionStarter starter;
    private final ScheduleLimits limits;
    private final Clock clock;

    public FireDueSchedulesService(Transactions transactions, Schedules schedules, ScheduleSlots slots,
                                   WorkflowRepository workflows, ExecutionStarter starter, ScheduleLimits limits,
                                   Clock clock) {
        this.transactions = transactions;
        this.schedules = schedules;
        this.slots = slots;
        this.workflows = workflows;
        this.starter = starter;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public int fireDue() {
        Instant now = clock.instant();
        List<Schedules.Claim> claimed = schedules.claimDue(now, now.plus(limits.claim()), limits.batch());
        ClaimedWork.perOrg(transactions, claimed, Schedules.Claim::orgId,
                (orgId, claims) -> fire(orgId, claims, clock.instant()), "schedule");
        return claimed.size();
    }

    @Override
    public Optional<Instant> nextDue() {
        return schedules.nextDue();
    }

    /** A slot on its way to a run. */
    private record Firing(Schedule schedule, Instant slot) {
    }

    private void fire(OrgId orgId, List<Schedules.Claim> claims, Instant now) {
        // Deleted, paused, silenced, or fired by another instance meanwhile: nothing to do.
        List<Schedule> due = schedules.lock(orgId, claims.stream().map(Schedules.Claim::id).toList()).stream()
                .filter(s -> s.fires() && !s.nextRunAt().get().isAfter(now)).toList();
        Map<WorkflowId, Workflow> active = workflows.findAll(orgId, due.stream().map(Schedule::workflowId)
                        .collect(Collectors.toSet())).stream()
                .filter(w -> !w.inTrash() && w.active())
                .collect(Collectors.toMap(Workflow::id, w -> w));
        List<ScheduleSlot> recorded = new ArrayList<>();
        List<Firing> firing = new ArrayList<>();
        List<ExecutionStarter.Request> requests = new ArrayList<>();
        List<Schedule> fired = new ArrayList<>();
        for (Schedule schedule : due) {
            SlotPlan plan = SlotPlan.of(schedule.cron(), schedule.zone(), schedule.nextRunAt().get(), now,
                    schedule.missedRuns(), limits.lateAllowance(), limits.runAllCap());
            plan.skipped().forEach(skip -> recorded.add(ScheduleSlot.skipped(schedule, skip.slot(), skip.reason(),
                    now)));
            Workflow workflow = active.get(schedule.workflowId());
            for (Instant slot : plan.fire()) {
                if (workflow == null || !workflow.workspaceId().equals(schedule.workspaceId())) {
                    recorded.add(ScheduleSlot.skipped(schedule, slot, "the workflow is not active", now));
                    continue;
                }
                firing.add(new Firing(schedule, slot));
                requests.add(request(schedule, workflow, slot, now));
            }
            fired.add(schedule.fired(plan, now));
        }
        List<ExecutionStarter.Attempt> attempts = starter.startAll(orgId, requests);
        for (int i = 0; i < firing.size(); i++) {
            Firing f = firing.get(i);
            recorded.add(switch (attempts.get(i)) {
                case ExecutionStarter.Started started ->
                        ScheduleSlot.started(f.schedule(), f.slot(), started.execution().id(), now);
                // A full queue or an invalid workflow: the slot is not lost silently, it is recorded with why.
                case ExecutionStarter.Refused refused ->
                        ScheduleSlot.skipped(f.schedule(), f.slot(), refused.reason().getMessage(), now);
            });
        }
        slots.claim(recorded);
        schedules.update(fired);
    }

    private static ExecutionStarter.Request request(Schedule schedule, Workflow workflow, Instant slot, Instant now) {
        Json data = new Json.Obj(Map.of("scheduleId", Json.of(schedule.id().toString()),
                "scheduledFor", Json.of(slot.toString()), "firedAt", Json.of(now.toString()),
                "cron", Json.of(schedule.cron().expression()), "timezone", Json.of(schedule.zone().getId())));
        return new ExecutionStarter.Request(schedule.orgId(), schedule.workspaceId(), workflow, workflow.version(),
                TriggerType.SCHEDULE, Initiator.SYSTEM, data, data, Optional.empty(), Optional.empty(),
                Optional.of("schedule:" + schedule.id() + ":" + slot.getEpochSecond()),
                "schedule\n" + schedule.id() + "\n" + slot.getEpochSecond(), now);
    }
}
