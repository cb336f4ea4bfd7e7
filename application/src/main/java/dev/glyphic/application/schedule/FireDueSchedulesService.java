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
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleSlot;
import dev.glyphic.domain.schedule.SlotPlan;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fires the schedules whose slots have come. Claims a batch across orgs, then fires each org's share in one
 * transaction of that org: every schedule is locked and re-read there, its slots planned by its missed-run policy,
 * and each slot to fire is started and recorded in that transaction. The slot's record (unique per schedule and
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
        ClaimedWork.perOrg(transactions, claimed, Schedules.Claim::orgId, claim -> fire(claim, clock.instant()),
                "schedule");
        return claimed.size();
    }

    @Override
    public Optional<Instant> nextDue() {
        return schedules.nextDue();
    }

    private void fire(Schedules.Claim claim, Instant now) {
        Optional<Schedule> locked = schedules.lock(claim.orgId(), claim.id());
        if (locked.isEmpty() || !locked.get().fires() || locked.get().nextRunAt().get().isAfter(now)) {
            return; // deleted, paused, silenced, or fired by another instance meanwhile
        }
        Schedule schedule = locked.get();
        SlotPlan plan = SlotPlan.of(schedule.cron(), schedule.zone(), schedule.nextRunAt().get(), now,
                schedule.missedRuns(), limits.lateAllowance(), limits.runAllCap());
        plan.skipped().forEach(skip -> slots.claim(ScheduleSlot.skipped(schedule, skip.slot(), skip.reason(), now)));
        Optional<Workflow> workflow = workflows.find(schedule.orgId(), schedule.workspaceId(), schedule.workflowId());
        for (Instant slot : plan.fire()) {
            start(schedule, workflow, slot, now);
        }
        schedules.update(schedule.fired(plan, now));
    }

    private void start(Schedule schedule, Optional<Workflow> workflow, Instant slot, Instant now) {
        if (workflow.isEmpty() || workflow.get().inTrash() || !workflow.get().active()) {
            slots.claim(ScheduleSlot.skipped(schedule, slot, "the workflow is not active", now));
            return;
        }
        Json data = new Json.Obj(Map.of("scheduleId", Json.of(schedule.id().toString()),
                "scheduledFor", Json.of(slot.toString()), "firedAt", Json.of(now.toString()),
                "cron", Json.of(schedule.cron().expression()), "timezone", Json.of(schedule.zone().getId())));
        try {
            ExecutionStarter.Started started = starter.start(new ExecutionStarter.Request(schedule.orgId(),
                    schedule.workspaceId(), workflow.get(), workflow.get().version(), TriggerType.SCHEDULE,
                    Initiator.SYSTEM, data, data, Optional.empty(), Optional.empty(),
                    Optional.of("schedule:" + schedule.id() + ":" + slot.getEpochSecond()),
                    "schedule\n" + schedule.id() + "\n" + slot.getEpochSecond(), now));
            slots.claim(ScheduleSlot.started(schedule, slot, started.execution().execution().id(), now));
        } catch (DomainException.RateLimited | DomainException.Conflict refused) {
            // A full queue or an invalid workflow: the slot is not lost silently, it is recorded with why.
            slots.claim(ScheduleSlot.skipped(schedule, slot, refused.getMessage(), now));
        }
    }
}
