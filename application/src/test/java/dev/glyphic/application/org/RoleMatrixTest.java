package dev.glyphic.application.org;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.glyphic.application.port.in.org.CreateApiKey;
import dev.glyphic.application.port.in.org.CreateWorkspace;
import dev.glyphic.application.port.in.org.InviteMember;
import dev.glyphic.application.port.in.org.UpdateWorkspace;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.testing.Definitions;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.Tags;
import dev.glyphic.domain.workflow.WorkflowId;
import dev.glyphic.persistence.testing.TestData;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule: a person may do in an organization what the permission matrix (DESIGN.md) grants their role there, and the
 * use cases ask it through {@link OrgAccess}: a member cannot do an admin's action, an admin cannot do an owner's.
 * Each cell starts from an organization of its own, so a destructive row cannot spoil the next one.
 */
class RoleMatrixTest {
    private final UseCases app = new UseCases();
    private final Given given = new Given(app);

    /** An organization with a workspace and a workflow in it, made by its founding owner. */
    private record Scene(UseCases app, Given given, OrgId org, User owner, WorkspaceId workspace,
                         WorkflowId workflow) {
    }

    private interface Attempt {
        void by(Scene scene, User actor);
    }

    private enum Row {
        //                                  viewer member admin  owner
        READ_WORKFLOW("read a workflow",     true,  true,  true,  true, (s, actor) ->
                s.app.showWorkflow().show(as(actor), s.org, s.workspace, s.workflow)),
        CREATE_WORKFLOW("create a workflow", false, true,  true,  true, (s, actor) ->
                s.app.createWorkflow().create(as(actor), s.org, s.workspace, workflow())),
        TRASH_WORKFLOW("trash a workflow",   false, false, true,  true, (s, actor) ->
                s.app.trashWorkflow().trash(as(actor), s.org, s.workspace, s.workflow)),
        CREATE_WORKSPACE("create a workspace", false, false, true, true, (s, actor) ->
                s.app.createWorkspace().create(as(actor), s.org, new CreateWorkspace.Command(
                        DisplayName.of("New"), Given.slug()))),
        RENAME_WORKSPACE("rename a workspace", false, false, true, true, (s, actor) ->
                s.app.updateWorkspace().update(as(actor), s.org, s.workspace, new UpdateWorkspace.Command(
                        Optional.of(DisplayName.of("Renamed")), Optional.empty()))),
        INVITE_MEMBER("invite a member",     false, false, true,  true, (s, actor) -> invite(s, actor, Role.MEMBER)),
        INVITE_OWNER("invite an owner",      false, false, false, true, (s, actor) -> invite(s, actor, Role.OWNER)),
        PROMOTE_TO_ADMIN("make a member an admin", false, false, true, true, (s, actor) ->
                s.app.changeMemberRole().change(as(actor), s.org, s.given.member(s.org, Role.MEMBER).id(),
                        Role.ADMIN)),
        REMOVE_MEMBER("remove a member",     false, false, true,  true, (s, actor) ->
                s.app.removeMember().remove(as(actor), s.org, s.given.member(s.org, Role.MEMBER).id())),
        CREATE_API_KEY("create an API key",  false, false, true,  true, (s, actor) ->
                s.app.createApiKey().create(as(actor), s.org, new CreateApiKey.Command(DisplayName.of("ci"),
                        Role.VIEWER))),
        DELETE_ORG("delete the org",         false, false, false, true, (s, actor) ->
                s.app.deleteOrg().delete(as(actor), s.org));

        private final String action;
        private final boolean[] allowedByRole;
        private final Attempt attempt;

        Row(String action, boolean viewer, boolean member, boolean admin, boolean owner, Attempt attempt) {
            this.action = action;
            this.allowedByRole = new boolean[] {viewer, member, admin, owner};
            this.attempt = attempt;
        }

        boolean allows(Role role) {
            return allowedByRole[switch (role) {
                case VIEWER -> 0;
                case MEMBER -> 1;
                case ADMIN -> 2;
                case OWNER -> 3;
            }];
        }

        @Override
        public String toString() {
            return action;
        }
    }

    static Stream<Arguments> cells() {
        return Arrays.stream(Row.values()).flatMap(row -> Stream.of(Role.VIEWER, Role.MEMBER, Role.ADMIN, Role.OWNER)
                .map(role -> Arguments.of(role, row, row.allows(role))));
    }

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @MethodSource("cells")
    void eachRoleMayDoWhatThePermissionMatrixSays(Role role, Row row, boolean allowed) {
        Scene scene = scene();
        User actor = role == Role.OWNER ? scene.owner : given.member(scene.org, role);

        if (allowed) {
            assertDoesNotThrow(() -> row.attempt.by(scene, actor));
        } else {
            assertThrows(DomainException.Forbidden.class, () -> row.attempt.by(scene, actor));
        }
    }

    private Scene scene() {
        User owner = given.person();
        OrgId org = given.org(owner);
        WorkspaceId workspace = given.workspace(org, owner);
        WorkflowId workflow = app.createWorkflow().create(as(owner), org, workspace, workflow()).id();
        return new Scene(app, given, org, owner, workspace, workflow);
    }

    private static CreateWorkflow.Command workflow() {
        return new CreateWorkflow.Command(DisplayName.of("Flow"), "", Tags.none(), false, false, Definitions.valid(),
                false, "");
    }

    private static void invite(Scene scene, User actor, Role role) {
        scene.app.inviteMember().invite(as(actor), scene.org, new InviteMember.Command(TestData.email(), role));
    }
}
