package dev.glyphic.persistence.execution;

import dev.glyphic.application.port.out.execution.WorkQueue;
import dev.glyphic.application.port.out.execution.WorkerId;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.TenantCeilings;
import dev.glyphic.persistence.Sql;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The cross-tenant engine steps, each a call of one of V4's SECURITY DEFINER functions (redefined in V6) in a
 * transaction of its own (with no tenant set: the functions, not the caller, decide what they may see). The
 * operator's ceilings go along as parameters: an org's stored concurrency and retention count up to them only.
 */
@Singleton
public final class PgWorkQueue implements WorkQueue {
    private final Transactions transactions;
    private final Sql sql;
    private final TenantCeilings ceilings;

    public PgWorkQueue(Transactions transactions, Sql sql, TenantCeilings ceilings) {
        this.transactions = transactions;
        this.sql = sql;
        this.ceilings = ceilings;
    }

    @Override
    public List<Claim> claim(WorkerId worker, int limit, Duration lease) {
        return transactions.global(() -> sql.list(
                "select org_id, node_run_id, execution_id, claimed from engine_claim(?, ?, ?, ?)",
                row -> new Claim(new OrgId(row.uuid("org_id")), new NodeRunId(row.uuid("node_run_id")),
                        new ExecutionId(row.uuid("execution_id")),
                        Claimed.valueOf(row.text("claimed").toUpperCase(Locale.ROOT))),
                worker.value(), limit, millis(lease), ceilings.maxConcurrentExecutions()));
    }

    @Override
    public Set<NodeRunId> renew(WorkerId worker, Collection<NodeRunId> held, Duration lease) {
        if (held.isEmpty()) {
            return Set.of();
        }
        UUID[] ids = held.stream().map(NodeRunId::value).toArray(UUID[]::new);
        return transactions.global(() -> new HashSet<>(sql.list("select engine_renew(?, ?, ?) as id",
                row -> new NodeRunId(row.uuid("id")), worker.value(), ids, millis(lease))));
    }

    @Override
    public List<ExecutionRef> overdue(int limit) {
        return transactions.global(() -> sql.list("select org_id, execution_id from engine_overdue(?)",
                row -> new ExecutionRef(new OrgId(row.uuid("org_id")), new ExecutionId(row.uuid("execution_id"))),
                limit));
    }

    @Override
    public int purgeExpired(int batch) {
        return transactions.global(() -> sql.one("select engine_purge(?, ?) as deleted",
                row -> (int) row.number("deleted"), batch, ceilings.maxRetentionDays()).orElse(0));
    }

    @Override
    public void maintainLogPartitions() {
        transactions.global(() -> sql.list("select engine_maintain_log_partitions(?)", row -> 0,
                ceilings.maxRetentionDays()));
    }

    private static int millis(Duration lease) {
        return Math.toIntExact(lease.toMillis());
    }
}
