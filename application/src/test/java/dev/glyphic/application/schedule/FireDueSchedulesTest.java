package dev.glyphic.application.schedule;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.schedule.FireDueSchedules;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.UpdateWorkflow;
import dev.glyphic.application.testing.Definitions;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleSlot;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.persistence.testing.TestData;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Schedules follow their workflow's node and fire each slot exactly once, whoever fires them and however often;
 * missed slots follow the policy and are visible as skipped, with why.
 */
class FireDueSchedulesTest {
    private static final ScheduleLimits LIMITS = new ScheduleLimits(500, Duration.ofSeconds(30),
            Duration.ofMinutes(5), 3, 100);

    private final UseCases app = new UseCases();
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);
    private final WorkspaceId space = given.workspace(org, owner);
    private final User admin = given.member(org, Role.ADMIN);

    @Test
    void aDueSlotStartsOneRunWithItsSlotAsTriggerDataAndFiringAgainStartsNothing() {
        Workflow workflow = create("*/5 * * * *", "run_once", true);
        Schedule schedule = scheduleOf(workflow);
        Instant slot = schedule.nextRunAt().orElseThrow();
        assertEquals(0, slot.getEpochSecond() % 300, "the next multiple of five minutes");

        app.clock.advance(Duration.between(app.clock.instant(), slot).plusSeconds(1));
        FireDueSchedules fire = app.fireDueSchedules(LIMITS);
        fire.fireDue();
        fire.fireDue();

        assertEquals(List.of(slot.toString()), scheduledFor(workflow));
        Schedule after = scheduleOf(workflow);
        assertEquals(Optional.of(slot.plus(Duration.ofMinutes(5))), after.nextRunAt());
        assertEquals(1, after.runCount());
        List<ScheduleSlot> slots = slots(after);
        assertEquals(1, slots.size());
        assertEquals(ScheduleSlot.Outcome.STARTED, slots.get(0).outcome());
        assertTrue(slots.get(0).executionId().isPresent());
    }

    @Test
    void twoSchedulersRacingFireEverySlotOfEveryScheduleExactlyOnce() throws Exception {
        List<Workflow> workflows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            workflows.add(create("* * * * *", "run_all", true));
        }
        FireDueSchedules a = app.fireDueSchedules(LIMITS);
        FireDueSchedules b = app.fireDueSchedules(LIMITS);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int minute = 0; minute < 3; minute++) {
                app.clock.advance(Duration.ofMinutes(1));
                List<Callable<Integer>> racers = List.of(a::fireDue, b::fireDue, a::fireDue, b::fireDue);
                for (Future<Integer> done : pool.invokeAll(racers)) {
                    done.get();
                }
            }
        }

        for (Workflow workflow : workflows) {
            List<String> fired = scheduledFor(workflow);
            assertEquals(3, fired.size(), "one run per minute: " + fired);
            assertEquals(3, fired.stream().distinct().count(), "no slot twice: " + fired);
        }
        assertEquals(0, TestData.count("""
                select count(*) from (select trigger_data->>'scheduleId', trigger_data->>'scheduledFor'
                from executions where org_id = ? and trigger_type = 'schedule' group by 1, 2 having count(*) > 1) d""",
                org.value()));
    }

    @Test
    void afterDowntimeRunOnceRunsTheLatestSlotAndRecordsTheOthersSkippedWithWhy() {
        Workflow workflow = create("*/10 * * * *", "run_once", true);
        Instant first = scheduleOf(workflow).nextRunAt().orElseThrow();

        app.clock.advance(Duration.between(app.clock.instant(), first).plus(Duration.ofMinutes(35)));
        app.fireDueSchedules(LIMITS).fireDue();

        Instant latest = first.plus(Duration.ofMinutes(30));
        assertEquals(List.of(latest.toString()), scheduledFor(workflow));
        List<ScheduleSlot> skipped = slots(scheduleOf(workflow)).stream()
                .filter(s -> s.outcome() == ScheduleSlot.Outcome.SKIPPED).toList();
        assertEquals(3, skipped.size());
        assertTrue(skipped.get(0).reason().contains("run_once"), skipped.get(0).reason());
    }

    @Test
    void runAllFiresTheMissedSlotsUpToTheCapAndSkipFiresNoneThatIsTooLate() {
        Workflow all = create("* * * * *", "run_all", true);
        Workflow skip = create("* * * * *", "skip", true);

        app.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        app.fireDueSchedules(LIMITS).fireDue();

        assertEquals(3, scheduledFor(all).size(), "run_all's cap is 3");
        assertEquals(1, scheduledFor(skip).size(), "the latest slot is within the five-minute allowance");
        assertTrue(slots(scheduleOf(skip)).stream().anyMatch(s -> s.reason().contains("skip")));
    }

    @Test
    void aPausedScheduleFiresNothingAndResumingIsDueFromNow() {
        Workflow workflow = create("* * * * *", "run_all", true);
        Schedule schedule = scheduleOf(workflow);
        app.pauseSchedule().pause(as(admin), org, space, schedule.id(), true);

        app.clock.advance(Duration.ofMinutes(5));
        app.fireDueSchedules(LIMITS).fireDue();
        assertEquals(List.of(), scheduledFor(workflow));

        Schedule resumed = app.pauseSchedule().pause(as(admin), org, space, schedule.id(), false);
        assertFalse(resumed.paused());
        assertEquals(Optional.of(app.clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1))),
                resumed.nextRunAt(), "the pause's slots are not missed runs");
        DomainException.Forbidden forbidden = assertThrows(DomainException.Forbidden.class,
                () -> app.pauseSchedule().pause(as(given.member(org, Role.MEMBER)), org, space, schedule.id(), true));
        assertTrue(forbidden.getMessage().length() > 0);
    }

    @Test
    void deactivatingSilencesTheScheduleAndReactivatingKeepsItsIdentity() {
        Workflow workflow = create("* * * * *", "run_once", true);
        Schedule before = scheduleOf(workflow);
        Workflow off = setActive(workflow, false);
        assertFalse(scheduleOf(workflow).listening());

        app.clock.advance(Duration.ofMinutes(3));
        app.fireDueSchedules(LIMITS).fireDue();
        assertEquals(List.of(), scheduledFor(workflow));

        setActive(off, true);
        Schedule after = scheduleOf(workflow);
        assertEquals(before.id(), after.id());
        assertTrue(after.listening());
        assertTrue(after.nextRunAt().orElseThrow().isAfter(app.clock.instant()));
    }

    @Test
    void previewListsTheNextFireTimesInTheZoneAndIsBounded() {
        Workflow workflow = create("0 9 * * MON-FRI", "run_once", true, "Europe/Berlin");
        Schedule schedule = scheduleOf(workflow);

        List<Instant> next = app.scheduleQueries().preview(as(admin), org, space, schedule.id(), 5).next();

        assertEquals(5, next.size());
        next.forEach(at -> assertEquals(9, at.atZone(java.time.ZoneId.of("Europe/Berlin")).getHour()));
        assertThrows(DomainException.BadQuery.class,
                () -> app.scheduleQueries().preview(as(admin), org, space, schedule.id(), 101));
    }

    private Workflow create(String cron, String missedRuns, boolean active) {
        return create(cron, missedRuns, active, "UTC");
    }

    private Workflow create(String cron, String missedRuns, boolean active, String zone) {
        Json.Obj definition = Definitions.parse("""
                {"nodes": [%s, %s], "edges": [%s], "groups": [], "config": {}, "metadata": {}}
                """.formatted(Definitions.node("tick", "trigger.schedule",
                        "{\"cron\": \"%s\", \"timezone\": \"%s\", \"missedRuns\": \"%s\"}"
                                .formatted(cron, zone, missedRuns)),
                Definitions.node("check", "logic.if", "{\"condition\": \"{{ $input.scheduledFor != null }}\"}"),
                Definitions.edge("tick", "check")));
        return app.createWorkflow().create(as(admin), org, space, new CreateWorkflow.Command(
                DisplayName.of("Timed " + UUID.randomUUID()), "", Tags.none(), active, false, definition, false,
                ""));
    }

    private Workflow setActive(Workflow current, boolean active) {
        return app.updateWorkflow().update(as(admin), org, space, current.id(), new UpdateWorkflow.Command(
                Optional.of(current.version()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(active), Optional.empty(), Optional.empty(), false, Optional.empty()));
    }

    private Schedule scheduleOf(Workflow workflow) {
        List<Schedule> found = app.transactions.inTenant(org, () -> app.schedules.ofWorkflow(org, workflow.id()));
        assertEquals(1, found.size());
        return found.get(0);
    }

    private List<ScheduleSlot> slots(Schedule schedule) {
        return app.transactions.inTenant(org, () -> app.scheduleSlots.list(org, schedule.id(), PageRequest.first(100)));
    }

    private List<String> scheduledFor(Workflow workflow) {
        return TestData.texts("select trigger_data->>'scheduledFor' from executions where org_id = ? "
                + "and workflow_id = ? and trigger_type = 'schedule' order by 1", org.value(), workflow.id().value());
    }
}
