package dev.glyphic.persistence.schedule;

import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.out.schedule.Schedules;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.schedule.CronSchedule;
import dev.glyphic.domain.schedule.MissedRunPolicy;
import dev.glyphic.domain.schedule.Schedule;
import dev.glyphic.domain.schedule.ScheduleId;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.Keyset;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Schedules in {@code schedules} (V13); claiming across orgs is V13's {@code schedules_claim}. */
@Singleton
public final class PgSchedules implements Schedules {
    private static final String COLUMNS = "org_id, id, workspace_id, workflow_id, node_id, name, cron, zone, "
            + "missed_runs, listening, paused, next_run_at, last_run_at, run_count, created_at, updated_at";

    private final Transactions transactions;
    private final Sql sql;

    public PgSchedules(Transactions transactions, Sql sql) {
        this.transactions = transactions;
        this.sql = sql;
    }

    /** In a transaction of its own with no tenant set: the function, not the caller, decides what it may see. */
    @Override
    public List<Claim> claimDue(Instant now, Instant until, int limit) {
        return transactions.global(() -> sql.list("select org_id, schedule_id from schedules_claim(?, ?, ?)",
                row -> new Claim(new OrgId(row.uuid("org_id")), new ScheduleId(row.uuid("schedule_id"))), now,
                until, limit));
    }

    @Override
    public Optional<Instant> nextDue() {
        return transactions.global(() -> sql.one("select schedules_next_due() as next",
                row -> row.instant("next")));
    }

    @Override
    public Optional<Schedule> find(OrgId orgId, ScheduleId id) {
        return sql.one("select " + COLUMNS + " from schedules where org_id = ? and id = ?", PgSchedules::read,
                orgId.value(), id.value());
    }

    @Override
    public List<Schedule> lock(OrgId orgId, Collection<ScheduleId> ids) {
        return sql.list("select " + COLUMNS + " from schedules where org_id = ? and id = any(?::uuid[]) "
                        + "order by id for update", PgSchedules::read, orgId.value(),
                ids.stream().map(ScheduleId::value).toArray(UUID[]::new));
    }

    @Override
    public List<Schedule> ofWorkflow(OrgId orgId, WorkflowId workflowId) {
        return sql.list("select " + COLUMNS + " from schedules where org_id = ? and workflow_id = ? order by id",
                PgSchedules::read, orgId.value(), workflowId.value());
    }

    @Override
    public List<Schedule> list(OrgId orgId, WorkspaceId workspaceId, PageRequest page) {
        return sql.list(Keyset.BY_ID.page("select " + COLUMNS + " from schedules where org_id = ? "
                + "and workspace_id = ?", page, orgId.value(), workspaceId.value()), PgSchedules::read);
    }

    @Override
    public void insert(Schedule s) {
        sql.update("insert into schedules (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.orgId().value(), s.id().value(), s.workspaceId().value(), s.workflowId().value(), s.nodeId(),
                s.name(), s.cron().expression(), s.zone().getId(), s.missedRuns().wireName(), s.listening(),
                s.paused(), s.nextRunAt().orElse(null), s.lastRunAt().orElse(null), s.runCount(), s.createdAt(),
                s.updatedAt());
    }

    @Override
    public void update(List<Schedule> schedules) {
        sql.batch("""
                update schedules set name = ?, cron = ?, zone = ?, missed_runs = ?, listening = ?, paused = ?,
                    next_run_at = ?, last_run_at = ?, run_count = ?, updated_at = ?, claimed_until = null
                where org_id = ? and id = ?""", schedules.stream().map(s -> new Object[] {
                        s.name(), s.cron().expression(), s.zone().getId(), s.missedRuns().wireName(), s.listening(),
                        s.paused(), s.nextRunAt().orElse(null), s.lastRunAt().orElse(null), s.runCount(),
                        s.updatedAt(), s.orgId().value(), s.id().value()}).toList());
    }

    private static Schedule read(Sql.Row row) throws SQLException {
        return new Schedule(new OrgId(row.uuid("org_id")), new ScheduleId(row.uuid("id")),
                new WorkspaceId(row.uuid("workspace_id")), new WorkflowId(row.uuid("workflow_id")),
                row.text("node_id"), row.text("name"), CronSchedule.parse(row.text("cron")),
                ZoneId.of(row.text("zone")), MissedRunPolicy.parse(row.text("missed_runs")), row.bool("listening"),
                row.bool("paused"), row.optionalInstant("next_run_at"), row.optionalInstant("last_run_at"),
                row.number("run_count"), row.instant("created_at"), row.instant("updated_at"));
    }
}
