package dev.glyphic.bootstrap.api.org;

import static dev.glyphic.bootstrap.api.org.OrgFixtures.slug;
import static dev.glyphic.bootstrap.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.bootstrap.testing.TestServer;
import dev.glyphic.bootstrap.testing.TestUser;
import dev.glyphic.domain.org.TenantCeilings;
import dev.glyphic.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An organization's execution limits: how many runs at once, how many days finished runs are kept. */
class OrgExecutionLimitsApiTest {
    /** The test server's ceilings (see TestServer): 1,000 executions at once, 365 days. */
    private static final TenantCeilings CEILINGS = TestServer.get().context().getBean(TenantCeilings.class);
    private final Api api = new Api();

    @Test
    void aNewOrganizationShowsTheDefaultLimitsEverywhereItIsShown() {
        TestUser ada = TestUser.signUp(api);
        Api.Reply created = Expect.status(201, api.post("/api/v1/orgs", json("name", "Acme", "slug", slug("acme")))
                .as(ada).send());
        assertLimits(20, 30, created.json());
        assertLimits(20, 30, Expect.status(200, api.get("/api/v1/orgs/" + created.text("id")).as(ada).send()).json());
        assertLimits(20, 30, Expect.items(api.get("/api/v1/orgs").as(ada).send()).getFirst());
    }

    @Test
    void anOwnerSetsBothLimitsAndEveryoneReadsThemBack() {
        TestOrg org = TestOrg.create(api);
        Api.Reply answer = Expect.status(200, api.patch(org.path(), limits(5, 365)).as(org.owner()).send());
        assertLimits(5, 365, answer.json());
        assertEquals(org.slug(), answer.text("slug"), "the rest stays as it was");

        assertLimits(5, 365, Expect.status(200, api.get(org.path()).as(org.viewer()).send()).json());
    }

    @Test
    void anAdminChangesOneLimitAndTheOtherStays() {
        TestOrg org = TestOrg.create(api);
        Expect.status(200, api.patch(org.path(), limits(5, 365)).as(org.owner()).send());

        Api.Reply answer = Expect.status(200, api.patch(org.path(),
                json("executionLimits", json("maxConcurrentExecutions", 100))).as(org.admin()).send());
        assertLimits(100, 365, answer.json());

        Expect.status(200, api.patch(org.path(), json("executionLimits", json("executionRetentionDays", 1)))
                .as(org.admin()).send());
        Expect.status(200, api.patch(org.path(), json("name", "Renamed")).as(org.admin()).send());
        assertLimits(100, 1, api.get(org.path()).as(org.admin()).send().json());
    }

    @Test
    void theChangeIsInTheAuditTrailWithTheNewLimits() {
        TestOrg org = TestOrg.create(api);
        Expect.status(200, api.patch(org.path(), limits(8, 90)).as(org.admin()).send());

        JsonNode event = Expect.items(api.get(org.path() + "/audit-events?limit=1").as(org.owner()).send()).getFirst();
        assertEquals("org.updated", event.path("action").asText(), event::toString);
        assertEquals(org.admin().id(), event.path("actor").path("userId").asText(), event::toString);
        assertEquals("8", event.path("details").path("maxConcurrentExecutions").asText(), event::toString);
        assertEquals("90", event.path("details").path("executionRetentionDays").asText(), event::toString);
    }

    @Test
    void membersAndViewersMayNotChangeTheLimitsAndOutsidersCannotSeeTheOrganization() {
        TestOrg org = TestOrg.create(api);
        Expect.problem(403, "forbidden", api.patch(org.path(), limits(1, 1)).as(org.member()).send());
        Expect.problem(403, "forbidden", api.patch(org.path(), limits(1, 1)).as(org.viewer()).send());
        Expect.problem(404, "not-found", api.patch(org.path(), limits(1, 1)).as(TestUser.signUp(api)).send());

        assertLimits(20, 30, api.get(org.path()).as(org.owner()).send().json());
    }

    @Test
    void limitsOutOfRangeAreRefusedAndPointedAtAndNothingChanges() {
        TestOrg org = TestOrg.create(api);
        Expect.invalid(api.patch(org.path(), limits(0, 30)).as(org.owner()).send(),
                "/executionLimits/maxConcurrentExecutions out_of_range");
        Expect.invalid(api.patch(org.path(), json("executionLimits", json("executionRetentionDays", 3651)))
                        .as(org.owner()).send(),
                "/executionLimits/executionRetentionDays out_of_range");
        Expect.invalid(api.patch(org.path(), json("name", "Renamed", "executionLimits", limitsBody(10_001, 0)))
                        .as(org.owner()).send(),
                "/executionLimits/maxConcurrentExecutions out_of_range",
                "/executionLimits/executionRetentionDays out_of_range");

        Api.Reply unchanged = api.get(org.path()).as(org.owner()).send();
        assertLimits(20, 30, unchanged.json());
        assertFalse(unchanged.text("name").equals("Renamed"), "nor was it renamed");
    }

    @Test
    void limitsAboveTheOperatorsCeilingsAreRefusedNamingTheCeilingAndNothingChanges() {
        TestOrg org = TestOrg.create(api);
        int concurrency = CEILINGS.maxConcurrentExecutions();
        int retention = CEILINGS.maxRetentionDays();
        Api.Reply refused = Expect.invalid(api.patch(org.path(), limits(concurrency + 1, retention + 1))
                        .as(org.owner()).send(),
                "/executionLimits/maxConcurrentExecutions above_ceiling",
                "/executionLimits/executionRetentionDays above_ceiling");
        assertTrue(refused.json().path("errors").path(0).path("message").asText()
                .contains(String.valueOf(concurrency)), refused::toString);
        assertTrue(refused.json().path("errors").path(1).path("message").asText()
                .contains(String.valueOf(retention)), refused::toString);
        Expect.invalid(api.patch(org.path(), json("executionLimits", json("maxConcurrentExecutions", 10_000)))
                        .as(org.owner()).send(),
                "/executionLimits/maxConcurrentExecutions above_ceiling");

        assertLimits(20, 30, api.get(org.path()).as(org.owner()).send().json());
        assertLimits(concurrency, retention, Expect.status(200, api.patch(org.path(), limits(concurrency, retention))
                .as(org.owner()).send()).json());
    }

    @Test
    void aLimitStoredAboveACeilingLoweredSinceIsLoweredToItOnTheNextChange() {
        TestOrg org = TestOrg.create(api);
        // As an org that chose 5,000 before the operator lowered the ceiling would have it stored.
        superuser("update organizations set max_concurrent_executions = 5000 where id = ?", org.id());

        Api.Reply changed = Expect.status(200, api.patch(org.path(),
                json("executionLimits", json("executionRetentionDays", 7))).as(org.owner()).send());

        assertLimits(CEILINGS.maxConcurrentExecutions(), 7, changed.json());
    }

    @Test
    void aLimitOfTheWrongTypeOrAnUnknownLimitIsABadRequestPointedAt() {
        TestOrg org = TestOrg.create(api);
        assertBadField("/executionLimits/maxConcurrentExecutions",
                api.patch(org.path(), json("executionLimits", json("maxConcurrentExecutions", "20")))
                        .as(org.owner()).send());
        assertBadField("/executionLimits/executionRetentionDays",
                api.patch(org.path(), json("executionLimits", json("executionRetentionDays", 1.5)))
                        .as(org.owner()).send());
        assertBadField("/executionLimits/retentionDays",
                api.patch(org.path(), json("executionLimits", json("retentionDays", 7))).as(org.owner()).send());
        assertBadField("/executionLimits/maxConcurrentExecutions",
                api.patch(org.path(), json("executionLimits", json("maxConcurrentExecutions", 1L << 40)))
                        .as(org.owner()).send());
    }

    private static void superuser(String statement, String orgId) {
        try (Connection db = TestDatabase.get().superuser(); PreparedStatement s = db.prepareStatement(statement)) {
            s.setObject(1, UUID.fromString(orgId));
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static Map<String, Object> limits(int maxConcurrentExecutions, int executionRetentionDays) {
        return json("executionLimits", limitsBody(maxConcurrentExecutions, executionRetentionDays));
    }

    private static Map<String, Object> limitsBody(int maxConcurrentExecutions, int executionRetentionDays) {
        return json("maxConcurrentExecutions", maxConcurrentExecutions,
                "executionRetentionDays", executionRetentionDays);
    }

    private static void assertLimits(int maxConcurrentExecutions, int executionRetentionDays, JsonNode org) {
        JsonNode limits = org.path("executionLimits");
        assertEquals(Map.of("maxConcurrentExecutions", maxConcurrentExecutions,
                        "executionRetentionDays", executionRetentionDays),
                Map.of("maxConcurrentExecutions", limits.path("maxConcurrentExecutions").asInt(-1),
                        "executionRetentionDays", limits.path("executionRetentionDays").asInt(-1)),
                org::toString);
        assertEquals(2, limits.size(), org::toString);
    }

    private static void assertBadField(String pointer, Api.Reply reply) {
        Expect.problem(400, "malformed-body", reply);
        assertEquals(pointer, reply.json().path("errors").path(0).path("pointer").asText(), reply::toString);
    }
}
