package dev.glyphic.persistence.schedule;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.schedule.ScheduleSlots;
import dev.glyphic.application.port.out.schedule.Schedules;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleId;
import dev.glyphic.domain.schedule.ScheduleSlot;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.testing.TestData;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What every {@link Schedules} and {@link ScheduleSlots} promise about the writes a round of firing makes at once. */
abstract class SchedulesContract {
    private final Transactions tx = bean(Transactions.class);
    private final Schedules schedules = schedules();
    private final ScheduleSlots slots = slots();
    private final OrgId org;
    private final Workspace workspace;
    private final WorkflowId workflow = WorkflowId.random();
    private final Instant now = TestData.now().truncatedTo(ChronoUnit.SECONDS);

    SchedulesContract() {
        TestData data = new TestData();
        UserId user = data.user().id();
        org = data.org(user);
        workspace = Workspace.open(org, DisplayName.of("Workspace"), TestData.slug(), TestData.now());
        inTenant(() -> bean(WorkspaceRepository.class).insert(workspace));
        TestData.execute("insert into workflows (org_id, id, workspace_id, name, is_active, is_public, definition, "
                + "version, is_valid, created_by, created_at, updated_by, updated_at) values (?, ?, ?, 'F', false, "
                + "false, '{}', 1, true, ?, now(), ?, now())", org.value(), workflow.value(),
                workspace.id().value(), user.value(), user.value());
    }

    /** The ports under test, on the test database. */
    abstract Schedules schedules();

    abstract ScheduleSlots slots();

    @Test
    void lockAnswersThoseThatExistInIdOrderAndHoldsThemUntilTheCommit() {
        List<Schedule> stored = List.of(stored("a"), stored("b"), stored("c"));
        List<ScheduleId> asked = List.of(stored.get(2).id(), ScheduleId.random(), stored.get(0).id(),
                stored.get(1).id());

        inTenant(() -> {
            List<Schedule> locked = schedules.lock(org, asked);
            assertEquals(stored.stream().sorted(Comparator.comparing(s -> s.id().value())).toList(), locked);
            locked.forEach(s -> assertFalse(rowLockFree(s.id()), "the lock holds " + s.name()));
        });
        stored.forEach(s -> assertTrue(rowLockFree(s.id()), "the commit lets go of " + s.name()));
        assertEquals(List.of(), inTenant(() -> schedules.lock(org, List.of())));
    }

    @Test
    void updateWritesEveryScheduleGiven() {
        Schedule first = stored("first");
        Schedule second = stored("second");
        Schedule paused = first.paused(true, now.plusSeconds(1));
        Schedule renamed = second.following("renamed", node("second"), now.plusSeconds(2));

        inTenant(() -> schedules.update(List.of(paused, renamed)));

        assertEquals(Optional.of(paused), inTenant(() -> schedules.find(org, first.id())));
        assertEquals(Optional.of(renamed), inTenant(() -> schedules.find(org, second.id())));
    }

    @Test
    void aSlotIsRecordedOnceHoweverOftenItIsClaimed() {
        Schedule schedule = stored("ticking");
        Instant slot = now.plusSeconds(60);
        ScheduleSlot started = ScheduleSlot.started(schedule, slot, ExecutionId.random(), now);
        ScheduleSlot other = ScheduleSlot.skipped(schedule, slot.plusSeconds(60), "the workflow is not active", now);

        assertEquals(2, inTenant(() -> slots.claim(List.of(started, other))));
        ScheduleSlot again = ScheduleSlot.skipped(schedule, slot, "decided elsewhere too", now);
        assertEquals(0, inTenant(() -> slots.claim(List.of(again))), "the slot is taken");
        assertEquals(0, inTenant(() -> slots.claim(List.of())));

        assertEquals(Stream.of(started, other).sorted(Comparator.comparing(ScheduleSlot::id).reversed()).toList(),
                inTenant(() -> slots.list(org, schedule.id(), PageRequest.first(10))), "newest first, by id");
    }

    private Schedule stored(String name) {
        Schedule schedule = Schedule.create(org, workspace.id(), workflow, name, node(name), now);
        inTenant(() -> schedules.insert(schedule));
        return schedule;
    }

    /** A schedule per workflow node: the node id is the schedule's name here. */
    private static TriggerNode.Schedule node(String nodeId) {
        return new TriggerNode.Schedule(nodeId, "*/5 * * * *", ZoneId.of("Europe/Berlin"), "skip");
    }

    private <T> T inTenant(Supplier<T> work) {
        return tx.inTenant(org, work);
    }

    private void inTenant(Runnable work) {
        tx.inTenant(org, () -> {
            work.run();
            return null;
        });
    }

    private static boolean rowLockFree(ScheduleId id) {
        try (Connection su = TestDatabase.get().superuser();
             PreparedStatement s = su.prepareStatement("select 1 from schedules where id = ? for update nowait")) {
            s.setObject(1, id.value());
            s.executeQuery().close();
            return true;
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) {
                return false;
            }
            throw new IllegalStateException(e);
        }
    }
}
