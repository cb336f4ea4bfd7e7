package dev.glyphic.persistence.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.schedule.ScheduleSlots;
import dev.glyphic.application.port.out.schedule.Schedules;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleId;
import dev.glyphic.domain.schedule.ScheduleSlot;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.persistence.testing.OrgFixture;
import dev.glyphic.persistence.testing.TestData;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every {@link Schedules} and {@link ScheduleSlots} promise about the writes a round of firing makes at once. */
abstract class SchedulesContract {
    private final OrgFixture f = new OrgFixture();
    private final Schedules schedules = schedules();
    private final ScheduleSlots slots = slots();
    private final Instant now = TestData.now().truncatedTo(ChronoUnit.SECONDS);

    /** The ports under test, on the test database. */
    abstract Schedules schedules();

    abstract ScheduleSlots slots();

    @Test
    void lockAnswersThoseThatExistInIdOrderAndHoldsThemUntilTheCommit() {
        List<Schedule> stored = List.of(stored("a"), stored("b"), stored("c"));
        List<ScheduleId> asked = List.of(stored.get(2).id(), ScheduleId.random(), stored.get(0).id(),
                stored.get(1).id());

        f.inTenant(() -> {
            List<Schedule> locked = schedules.lock(f.org, asked);
            assertEquals(stored.stream().sorted(Comparator.comparing(s -> s.id().value())).toList(), locked);
            locked.forEach(s -> assertFalse(OrgFixture.rowLockFree("schedules", s.id().value()), "the lock holds " + s.name()));
        });
        stored.forEach(s -> assertTrue(OrgFixture.rowLockFree("schedules", s.id().value()), "the commit lets go of " + s.name()));
        assertEquals(List.of(), f.inTenant(() -> schedules.lock(f.org, List.of())));
    }

    @Test
    void updateWritesEveryScheduleGiven() {
        Schedule first = stored("first");
        Schedule second = stored("second");
        Schedule paused = first.paused(true, now.plusSeconds(1));
        Schedule renamed = second.following("renamed", node("second"), now.plusSeconds(2));

        f.inTenant(() -> schedules.update(List.of(paused, renamed)));

        assertEquals(Optional.of(paused), f.inTenant(() -> schedules.find(f.org, first.id())));
        assertEquals(Optional.of(renamed), f.inTenant(() -> schedules.find(f.org, second.id())));
    }

    @Test
    void aSlotIsRecordedOnceHoweverOftenItIsClaimed() {
        Schedule schedule = stored("ticking");
        Instant slot = now.plusSeconds(60);
        ScheduleSlot started = ScheduleSlot.started(schedule, slot, ExecutionId.random(), now);
        ScheduleSlot other = ScheduleSlot.skipped(schedule, slot.plusSeconds(60), "the workflow is not active", now);

        assertEquals(2, f.inTenant(() -> slots.claim(List.of(started, other))));
        ScheduleSlot again = ScheduleSlot.skipped(schedule, slot, "decided elsewhere too", now);
        assertEquals(0, f.inTenant(() -> slots.claim(List.of(again))), "the slot is taken");
        assertEquals(0, f.inTenant(() -> slots.claim(List.of())));

        assertEquals(Stream.of(started, other).sorted(Comparator.comparing(ScheduleSlot::id).reversed()).toList(),
                f.inTenant(() -> slots.list(f.org, schedule.id(), PageRequest.first(10))), "newest first, by id");
    }

    private Schedule stored(String name) {
        Schedule schedule = Schedule.create(f.org, f.workspace.id(), f.workflow, name, node(name), now);
        f.inTenant(() -> schedules.insert(schedule));
        return schedule;
    }

    /** A schedule per workflow node: the node id is the schedule's name here. */
    private static TriggerNode.Schedule node(String nodeId) {
        return new TriggerNode.Schedule(nodeId, "*/5 * * * *", ZoneId.of("Europe/Berlin"), "skip");
    }
}
