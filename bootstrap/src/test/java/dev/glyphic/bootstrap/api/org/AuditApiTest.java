package dev.glyphic.bootstrap.api.org;

import static dev.glyphic.bootstrap.api.org.OrgFixtures.apiKey;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.slug;
import static dev.glyphic.bootstrap.api.org.OrgFixtures.workspace;
import static dev.glyphic.bootstrap.testing.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.glyphic.application.port.out.org.AuditLog;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.bootstrap.testing.Api;
import dev.glyphic.bootstrap.testing.Expect;
import dev.glyphic.bootstrap.testing.TestOrg;
import dev.glyphic.domain.audit.AuditActor;
import dev.glyphic.domain.audit.AuditEvent;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.Uuids;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The audit trail: who changed what, from where, newest first. */
class AuditApiTest {
    private final Api api = new Api();

    @Test
    void aRoleChangeRecordsWhoDidItFromWhereAndFromWhatToWhat() throws Exception {
        TestOrg org = TestOrg.create(api);
        Expect.status(200, api.patch(org.path() + "/members/" + org.member().id(), json("role", "admin"))
                .as(org.owner()).header("User-Agent", "audit-test/1.0").send());

        JsonNode event = events(org, 200).get(0);
        assertEquals("member.role_changed", event.path("action").asText(), event::toString);
        assertEquals("member", event.path("targetType").asText());
        assertEquals(org.member().id(), event.path("targetId").asText());
        assertEquals(Map.of("from", "member", "to", "admin"), Map.of(
                "from", event.path("details").path("from").asText(), "to", event.path("details").path("to").asText()));
        assertEquals(2, event.path("details").size(), event::toString);
        JsonNode actor = event.path("actor");
        assertEquals(org.owner().id(), actor.path("userId").asText(), event::toString);
        assertTrue(actor.path("apiKeyId").isNull(), event::toString);
        assertTrue(InetAddress.getByName(actor.path("ip").asText()).isLoopbackAddress(), event::toString);
        assertEquals("audit-test/1.0", actor.path("userAgent").asText(), event::toString);
        assertTrue(event.path("occurredAt").asText().endsWith("Z"), event::toString);
    }

    @Test
    void onlyAdminsAndOwnersReadTheTrail() {
        TestOrg org = TestOrg.create(api);
        Expect.problem(403, "forbidden", api.get(org.path() + "/audit-events").as(org.viewer()).send());
        Expect.problem(403, "forbidden", api.get(org.path() + "/audit-events").as(org.member()).send());
        Expect.status(200, api.get(org.path() + "/audit-events").as(org.admin()).send());
        Expect.status(200, api.get(org.path() + "/audit-events").as(org.owner()).send());
    }

    @Test
    void eventsComeNewestFirstAndPageThroughTheWholeTrail() {
        TestOrg org = TestOrg.create(api);
        for (int i = 1; i <= 3; i++) {
            workspace(api, org.path(), org.admin(), "ws-" + i);
        }
        List<JsonNode> all = events(org, 200);
        assertEquals(List.of("workspace.created", "workspace.created", "workspace.created", "member.joined"),
                Expect.texts(all, "action").subList(0, 4));
        assertEquals("ws-3", all.get(0).path("details").path("slug").asText(), "the last thing done comes first");
        assertEquals("org.created", all.get(all.size() - 1).path("action").asText(), "the first thing done comes last");
        for (int i = 1; i < all.size(); i++) {
            Instant newer = Instant.parse(all.get(i - 1).path("occurredAt").asText());
            Instant older = Instant.parse(all.get(i).path("occurredAt").asText());
            assertFalse(older.isAfter(newer), () -> "not newest first: " + all);
        }

        List<String> paged = new ArrayList<>();
        String cursor = null;
        Api.Reply page;
        int pages = 0;
        do {
            page = api.get(org.path() + "/audit-events?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .as(org.owner()).send();
            List<JsonNode> items = Expect.items(page);
            assertTrue(items.size() <= 2, page::toString);
            paged.addAll(Expect.texts(items, "id"));
            cursor = page.json().path("nextCursor").isNull() ? null : page.text("nextCursor");
            pages++;
        } while (cursor != null && pages < 50);

        assertEquals(Expect.texts(all, "id"), paged, "pages join up into the whole trail, in order");
        assertEquals(paged.size(), new HashSet<>(paged).size(), "no event twice");
        assertEquals((all.size() + 1) / 2, pages);
    }

    @Test
    void anActionThroughAnApiKeyNamesTheKeyAndItsCreator() {
        TestOrg org = TestOrg.create(api);
        Api.Reply key = apiKey(api, org.path(), org.admin(), "admin");
        Expect.status(201, api.post(org.path() + "/workspaces", json("name", "By key", "slug", slug("ws")))
                .bearer(key.text("secret")).send());

        JsonNode event = events(org, 1).get(0);
        assertEquals("workspace.created", event.path("action").asText(), event::toString);
        assertEquals(key.text("id"), event.path("actor").path("apiKeyId").asText(), event::toString);
        assertEquals(org.admin().id(), event.path("actor").path("userId").asText(), event::toString);
    }

    @Test
    void aRefusedOrEmptyChangeLeavesNoTrace() {
        TestOrg org = TestOrg.create(api);
        String newest = events(org, 1).get(0).path("id").asText();

        Expect.problem(403, "forbidden", api.post(org.path() + "/workspaces", json("name", "No", "slug", slug("ws")))
                .as(org.viewer()).send());
        Expect.problem(409, "last-owner", api.delete(org.path() + "/members/" + org.owner().id())
                .as(org.owner()).send());
        Expect.status(200, api.patch(org.path() + "/members/" + org.member().id(), json("role", "member"))
                .as(org.owner()).send());

        assertEquals(newest, events(org, 1).get(0).path("id").asText(), () -> "new events: " + events(org, 3));
    }

    /** An action this version does not know (another version recorded it) is listed as it was recorded. */
    @Test
    void anActionRecordedByAnotherVersionIsListedAsRecorded() {
        TestOrg org = TestOrg.create(api);
        OrgId orgId = OrgId.parse(org.id());
        Transactions tx = api.server().context().getBean(Transactions.class);
        AuditLog log = api.server().context().getBean(AuditLog.class);
        tx.inTenant(orgId, () -> {
            log.record(new AuditEvent(Uuids.v7(), orgId, new AuditActor(Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()), "workflow.archived", "workflow", Optional.empty(),
                    Map.of("name", "old"), Instant.now()));
            return null;
        });

        JsonNode event = events(org, 1).get(0);
        assertEquals("workflow.archived", event.path("action").asText(), event::toString);
        assertEquals("old", event.path("details").path("name").asText(), event::toString);
    }

    private List<JsonNode> events(TestOrg org, int limit) {
        return Expect.items(api.get(org.path() + "/audit-events?limit=" + limit).as(org.owner()).send());
    }
}
