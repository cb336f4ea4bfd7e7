package dev.glyphic.persistence.schedule;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.schedule.ScheduleSlots;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.schedule.ScheduleId;
import dev.glyphic.domain.schedule.ScheduleSlot;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Slot records in {@code schedule_slots}. Trimmed to {@link #KEPT} per schedule once in every {@link #TRIM_EVERY}
 * records (chosen by the record's random bits), so history stays bounded at a fraction of a delete per slot.
 */
@Singleton
public final class PgScheduleSlots implements ScheduleSlots {
    static final int TRIM_EVERY = 64;
    private static final Keyset NEWEST_FIRST = Keyset.descending("id");
    private static final String COLUMNS = "org_id, id, schedule_id, slot, outcome, reason, execution_id, recorded_at";

    private final Sql sql;

    public PgScheduleSlots(Sql sql) {
        this.sql = sql;
    }

    @Override
    public int claim(List<ScheduleSlot> slots) {
        int[] inserted = sql.batch("insert into schedule_slots (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (org_id, schedule_id, slot) do nothing", slots.stream().map(s -> new Object[] {
                        s.orgId().value(), s.id(), s.scheduleId().value(), s.slot(), s.outcome().wireName(),
                        s.reason(), s.executionId().map(ExecutionId::value).orElse(null), s.recordedAt()}).toList());
        int recorded = 0;
        for (int i = 0; i < inserted.length; i++) {
            ScheduleSlot s = slots.get(i);
            if (inserted[i] != 1) {
                continue;
            }
            recorded++;
            if (Math.floorMod(s.id().getLeastSignificantBits(), TRIM_EVERY) == 0) {
                sql.update("""
                        delete from schedule_slots where org_id = ? and schedule_id = ? and id < (
                            select id from schedule_slots where org_id = ? and schedule_id = ?
                            order by id desc offset ? limit 1)""",
                        s.orgId().value(), s.scheduleId().value(), s.orgId().value(), s.scheduleId().value(),
                        KEPT - 1);
            }
        }
        return recorded;
    }

    @Override
    public List<ScheduleSlot> list(OrgId orgId, ScheduleId scheduleId, PageRequest page) {
        return sql.list(NEWEST_FIRST.page("select " + COLUMNS + " from schedule_slots where org_id = ? "
                + "and schedule_id = ?", page, orgId.value(), scheduleId.value()), PgScheduleSlots::read);
    }

    private static ScheduleSlot read(Sql.Row row) throws SQLException {
        UUID execution = row.uuid("execution_id");
        return new ScheduleSlot(new OrgId(row.uuid("org_id")), row.uuid("id"), new ScheduleId(row.uuid("schedule_id")),
                row.instant("slot"), ScheduleSlot.Outcome.parse(row.text("outcome")), row.text("reason"),
                Optional.ofNullable(execution).map(ExecutionId::new), row.instant("recorded_at"));
    }
}
