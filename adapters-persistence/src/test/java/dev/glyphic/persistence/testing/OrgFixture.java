package dev.glyphic.persistence.testing;

import static dev.glyphic.persistence.testing.PersistenceContext.bean;

import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Workspace;
import dev.glyphic.domain.workflow.WorkflowId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A fresh org with a workspace and a workflow (written as the superuser: the port under test is not the workflows'),
 * for contracts of ports whose rows hang on a workflow, and the org's transactions to call them in.
 */
public final class OrgFixture {
    private final Transactions tx = bean(Transactions.class);
    public final UserId user;
    public final OrgId org;
    public final Workspace workspace;
    public final WorkflowId workflow = WorkflowId.random();

    public OrgFixture() {
        TestData data = new TestData();
        user = data.user().id();
        org = data.org(user);
        workspace = Workspace.open(org, DisplayName.of("Workspace"), TestData.slug(), TestData.now());
        inTenant(() -> bean(WorkspaceRepository.class).insert(workspace));
        TestData.execute("insert into workflows (org_id, id, workspace_id, name, is_active, is_public, definition, "
                + "version, is_valid, created_by, created_at, updated_by, updated_at) values (?, ?, ?, 'F', false, "
                + "false, '{}', 1, true, ?, now(), ?, now())", org.value(), workflow.value(),
                workspace.id().value(), user.value(), user.value());
    }

    public <T> T inTenant(Supplier<T> work) {
        return tx.inTenant(org, work);
    }

    public void inTenant(Runnable work) {
        tx.inTenant(org, () -> {
            work.run();
            return null;
        });
    }

    /** Whether another transaction could lock the row now ({@code for update nowait}), asked as the superuser. */
    public static boolean rowLockFree(String table, Object id) {
        try (Connection su = TestDatabase.get().superuser();
             PreparedStatement s = su.prepareStatement("select 1 from " + table + " where id = ? for update nowait")) {
            s.setObject(1, id);
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
