package dev.glyphic.bootstrap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * An organization with one person in each role, built through the API the way users build one: the owner signs
 * up, founds the org, invites the others, and they accept.
 */
public record TestOrg(String id, String slug, Map<Role, TestUser> people) {

    public enum Role { OWNER, ADMIN, MEMBER, VIEWER;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TestUser owner() {
        return people.get(Role.OWNER);
    }

    public TestUser admin() {
        return people.get(Role.ADMIN);
    }

    public TestUser member() {
        return people.get(Role.MEMBER);
    }

    public TestUser viewer() {
        return people.get(Role.VIEWER);
    }

    public String path() {
        return "/api/v1/orgs/" + id;
    }

    public static TestOrg create(Api api) {
        TestUser owner = TestUser.signUp(api);
        String slug = "org-" + UUID.randomUUID().toString().substring(0, 12);
        Api.Reply created = api.post("/api/v1/orgs", Api.json("name", "Org " + slug, "slug", slug)).as(owner).send();
        assertEquals(201, created.status(), created::toString);
        String orgId = created.text("id");
        Map<Role, TestUser> people = new EnumMap<>(Role.class);
        people.put(Role.OWNER, owner);
        for (Role role : new Role[] {Role.ADMIN, Role.MEMBER, Role.VIEWER}) {
            people.put(role, join(api, orgId, owner, role));
        }
        return new TestOrg(orgId, slug, people);
    }

    /** Invites a new person with the given role and has them accept; returns them. */
    public static TestUser join(Api api, String orgId, TestUser inviter, Role role) {
        TestUser user = TestUser.signUp(api);
        Api.Reply invitation = api.post("/api/v1/orgs/" + orgId + "/invitations",
                Api.json("email", user.email(), "role", role.wire())).as(inviter).send();
        assertEquals(201, invitation.status(), invitation::toString);
        Api.Reply accepted = api.post("/api/v1/invitations/accept", Api.json("token", invitation.text("token")))
                .as(user).send();
        assertEquals(200, accepted.status(), accepted::toString);
        return user;
    }
}
