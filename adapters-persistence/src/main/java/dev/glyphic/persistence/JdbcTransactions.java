package dev.glyphic.persistence;

import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Opens the use case's transaction and sets its scope with {@code set_config(…, true)}: transaction-local, so the
 * setting dies with COMMIT or ROLLBACK and never leaks to the next borrower of the pooled connection. Both settings
 * are written every time, to '' when unused, in one round trip.
 */
@Singleton
public final class JdbcTransactions implements Transactions {
    /** A connection frees up as soon as any transaction of this instance ends: a second is plenty. */
    private static final Duration POOL_RETRY_AFTER = Duration.ofSeconds(1);
    private static final String SET_SCOPE =
            "select set_config('app.org_id', ?, true), set_config('app.user_id', ?, true)";

    private final TransactionOperations<Connection> transactions;

    public JdbcTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTenant(OrgId orgId, Supplier<T> work) {
        return run(orgId.value().toString(), "", work);
    }

    @Override
    public <T> T asUser(UserId userId, Supplier<T> work) {
        return run("", userId.value().toString(), work);
    }

    @Override
    public <T> T global(Supplier<T> work) {
        return run("", "", work);
    }

    private <T> T run(String orgId, String userId, Supplier<T> work) {
        if (transactions.findTransactionStatus().isPresent()) {
            // Joining would silently re-scope the outer transaction to another tenant.
            throw new IllegalStateException("use cases do not nest transactions");
        }
        try {
            return transactions.executeWrite(status -> {
                try (PreparedStatement scope = status.getConnection().prepareStatement(SET_SCOPE)) {
                    scope.setString(1, orgId);
                    scope.setString(2, userId);
                    scope.execute();
                } catch (SQLException e) {
                    throw new PersistenceException(SET_SCOPE, e);
                }
                return work.get();
            });
        } catch (CannotGetJdbcConnectionException e) {
            // Every pooled connection stayed busy through the pool's wait: the server is overloaded, and nothing
            // was done. Said as such (503 with Retry-After), it is not mistaken for a bug.
            throw new DomainException.Overloaded("every database connection of this instance is busy; nothing was "
                    + "done, try again shortly", POOL_RETRY_AFTER);
        }
    }
}
