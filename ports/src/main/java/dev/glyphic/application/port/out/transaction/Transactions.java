package dev.glyphic.application.port.out.transaction;

import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import java.util.function.Supplier;

/**
 * One transaction per use case, and the tenant it may see. Row Level Security in the database enforces the
 * scope: inside {@link #inTenant} only that organization's rows exist; inside {@link #global} no tenant's rows do.
 * Work that throws rolls back entirely.
 */
public interface Transactions {

    /** Runs the work in one transaction that sees the rows of {@code orgId} alone. */
    <T> T inTenant(OrgId orgId, Supplier<T> work);

    /** Runs the work in one transaction that sees, besides global rows, a user's own memberships and their orgs. */
    <T> T asUser(UserId userId, Supplier<T> work);

    /** Runs the work in one transaction that sees global rows (users, sessions) and no tenant's rows. */
    <T> T global(Supplier<T> work);
}
