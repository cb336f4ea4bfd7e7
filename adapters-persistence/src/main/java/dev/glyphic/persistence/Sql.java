package dev.glyphic.persistence;

import dev.glyphic.application.port.out.transaction.TransientConflict;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain SQL on the connection of the use case's transaction. Repositories never open transactions of their own:
 * the tenant setting lives on that connection, and a statement outside it would see no tenant rows at all.
 */
@Singleton
public final class Sql {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DEADLOCK = "40P01";
    private static final String SERIALIZATION_FAILURE = "40001";

    private final TransactionOperations<Connection> transactions;

    public Sql(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    /** A statement assembled in parts (a filter, a keyset page): its text and its parameters in order. */
    public record Query(String sql, List<Object> params) {
        public Query {
            // Not List.copyOf: a parameter may be SQL NULL.
            params = Collections.unmodifiableList(new ArrayList<>(params));
        }
    }

    public <T> List<T> list(Query query, RowMapper<T> mapper) {
        return list(query.sql(), mapper, query.params().toArray());
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            Row row = new Row(rs);
            while (rs.next()) {
                rows.add(mapper.map(row));
            }
            return rows;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** The single row, if any; a mapper answering null (an aggregate over no rows) also yields empty. */
    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row from: " + sql);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** Runs an insert, update or delete and answers the number of rows it touched. */
    public int update(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /**
     * Runs one statement once per row of parameters, all sent in one round trip (the driver pipelines a batch), and
     * answers each row's count in order. Many small writes of one use case (a round of schedules, a group of webhook
     * calls) cost one exchange with the database instead of one each.
     */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement statement = transactions.getConnection().prepareStatement(sql)) {
            for (Object[] params : rows) {
                bind(statement, params);
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (java.sql.BatchUpdateException e) {
            SQLException cause = e.getNextException() == null ? e : e.getNextException();
            throw failure(sql, cause);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /**
     * Runs an update that may collide with a unique key held by a row this transaction cannot see (another tenant's,
     * hidden by Row Level Security, so no {@code not exists} check can find it): a collision answers 0 and, rolled
     * back to a savepoint, leaves the transaction usable.
     */
    public int updateUnlessDuplicate(String sql, Object... params) {
        try {
            Connection connection = transactions.getConnection();
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement statement = prepare(sql, params)) {
                int rows = statement.executeUpdate();
                connection.releaseSavepoint(savepoint);
                return rows;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
                return 0;
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /**
     * Runs {@code action} once the current transaction has committed, on the committing thread; never if it rolls
     * back. There must be a transaction: an action "after" nothing would run before anything it announces is saved.
     */
    public void afterCommit(Runnable action) {
        transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("no transaction to run after"))
                .registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        action.run();
                    }
                });
    }

    /** A conflict the database broke by aborting this transaction is transient; anything else is a failure. */
    private static RuntimeException failure(String sql, SQLException e) {
        return DEADLOCK.equals(e.getSQLState()) || SERIALIZATION_FAILURE.equals(e.getSQLState())
                ? new TransientConflict(e.getMessage(), e) : new PersistenceException(sql, e);
    }

    /** A list as the driver binds a {@code text[]} parameter ({@code ?::text[]}). */
    public static String[] textArray(List<String> values) {
        return values.toArray(String[]::new);
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = transactions.getConnection().prepareStatement(sql);
        bind(statement, params);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, toJdbc(params[i]));
        }
    }

    private static Object toJdbc(Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }

    /** Typed reads of the current row. */
    public static final class Row {
        private final ResultSet rs;

        Row(ResultSet rs) {
            this.rs = rs;
        }

        public UUID uuid(String column) throws SQLException {
            return rs.getObject(column, UUID.class);
        }

        public String text(String column) throws SQLException {
            return rs.getString(column);
        }

        public long number(String column) throws SQLException {
            return rs.getLong(column);
        }

        /** Whether the column read last was SQL NULL (a primitive read answers 0 or false for it). */
        public boolean wasNull() throws SQLException {
            return rs.wasNull();
        }

        public boolean bool(String column) throws SQLException {
            return rs.getBoolean(column);
        }

        /** A text[] column; SQL NULL reads as an empty list. */
        public List<String> texts(String column) throws SQLException {
            java.sql.Array array = rs.getArray(column);
            return array == null ? List.of() : List.of((String[]) array.getArray());
        }

        public Instant instant(String column) throws SQLException {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        public Optional<Instant> optionalInstant(String column) throws SQLException {
            return Optional.ofNullable(instant(column));
        }
    }
}
