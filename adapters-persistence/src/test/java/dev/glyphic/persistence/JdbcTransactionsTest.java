package dev.glyphic.persistence;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.persistence.testing.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Transactions contract, run against the JDBC adapter, and what it does in PostgreSQL to keep it. */
class JdbcTransactionsTest extends TransactionsContract {
    private final TestData data = new TestData();
    private final Sql sql = bean(Sql.class);
    private final Transactions tx = adapter();

    @Override
    protected Transactions adapter() {
        return bean(JdbcTransactions.class);
    }

    @Test
    void theAdapterConnectsAsTheRestrictedAppRole() {
        long privileged = tx.global(() -> sql.one("select count(*) as n from pg_roles "
                + "where rolname = current_user and not (rolsuper or rolbypassrls)", row -> row.number("n"))
                .orElseThrow());
        assertEquals(1, privileged, "a superuser or BYPASSRLS login would make every tenant test meaningless");
    }

    @Test
    void eachScopeWritesBothSettingsTheRowLevelSecurityPoliciesRead() {
        UserId user = data.user().id();
        OrgId org = data.org(user);

        assertEquals(List.of(org.value().toString(), ""), tx.inTenant(org, this::scope));
        assertEquals(List.of("", user.value().toString()), tx.asUser(user, this::scope));
        assertEquals(List.of("", ""), tx.global(this::scope), "a global transaction clears what the last one set");
    }

    private List<String> scope() {
        return sql.one("select current_setting('app.org_id') as o, current_setting('app.user_id') as u",
                row -> List.of(row.text("o"), row.text("u"))).orElseThrow();
    }
}
