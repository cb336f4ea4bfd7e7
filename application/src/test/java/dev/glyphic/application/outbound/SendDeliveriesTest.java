package dev.glyphic.application.outbound;

import static dev.glyphic.application.testing.Given.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import dev.glyphic.application.port.PageRequest;
import dev.glyphic.application.port.in.outbound.ManageEndpoints;
import dev.glyphic.application.port.in.outbound.SendDeliveries;
import dev.glyphic.application.testing.Given;
import dev.glyphic.application.testing.UseCases;
import dev.glyphic.domain.event.DomainEvent;
import dev.glyphic.domain.event.EventType;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.outbound.Delivery;
import dev.glyphic.domain.outbound.DeliveryAttempt;
import dev.glyphic.domain.outbound.EndpointUrl;
import dev.glyphic.domain.outbound.WebhookEndpoint;
import dev.glyphic.application.event.EventLimits;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries to a real local HTTP server, whose handler verifies every signature with the Standard Webhooks
 * library: sent once per event and endpoint, retried after failures with the same webhook-id, disabled by 410,
 * redelivered by hand, and sent again when a sender dies holding one (at least once).
 */
class SendDeliveriesTest {
    private static final OutboundLimits LIMITS = new OutboundLimits(50, Duration.ofSeconds(60), Duration.ofSeconds(5),
            Duration.ofHours(24));
    private static final EventLimits EVENTS = new EventLimits(100, Duration.ofSeconds(30), 5, Duration.ofDays(7));

    private final UseCases app = new UseCases();
    private final Given given = new Given(app);
    private final User owner = given.person();
    private final OrgId org = given.org(owner);
    private final WorkspaceId space = given.workspace(org, owner);
    private final User admin = given.member(org, Role.ADMIN);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private HttpServer server;
    private String secret;

    record Received(String webhookId, String body, Map<String, List<String>> headers, boolean verified) {
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void anEventReachesItsSubscribedEndpointSignedAndOnce() throws Exception {
        endpoint(Set.of(EventType.WORKFLOW_ACTIVATED));
        WebhookEndpoint endpoint = endpoint(Set.of(EventType.EXECUTION_FAILED));
        DomainEvent event = event(EventType.EXECUTION_FAILED);
        app.dispatchEvents(EVENTS).dispatch();
        SendDeliveries sender = app.sendDeliveries(LIMITS);

        sender.send();
        sender.send();

        assertEquals(1, received.size(), received::toString);
        assertTrue(received.get(0).verified(), "the library verified the signature");
        assertTrue(received.get(0).body().contains(event.id().toString()));
        Delivery delivery = deliveries(endpoint).get(0);
        assertEquals(Delivery.Status.SUCCEEDED, delivery.status());
        assertEquals(delivery.id().messageId(), received.get(0).webhookId());
        assertEquals(1, attempts(delivery).size());
    }

    @Test
    void aFailureIsRetriedLaterWithTheSameWebhookId() throws Exception {
        WebhookEndpoint endpoint = endpoint(Set.of(EventType.EXECUTION_SUCCEEDED));
        event(EventType.EXECUTION_SUCCEEDED);
        app.dispatchEvents(EVENTS).dispatch();
        SendDeliveries sender = app.sendDeliveries(LIMITS);
        answer.set(503);

        sender.send();
        Delivery retrying = deliveries(endpoint).get(0);
        assertEquals(Delivery.Status.PENDING, retrying.status());
        assertEquals(1, retrying.attempts());
        assertTrue(retrying.nextAttemptAt().orElseThrow().isAfter(app.clock.instant()), "backed off");
        sender.send();
        assertEquals(1, received.size(), "not before its time");

        answer.set(204);
        app.clock.advance(Duration.ofSeconds(10));
        sender.send();

        assertEquals(2, received.size());
        assertEquals(received.get(0).webhookId(), received.get(1).webhookId());
        assertEquals(Delivery.Status.SUCCEEDED, deliveries(endpoint).get(0).status());
        assertEquals(List.of(503, 204), attempts(deliveries(endpoint).get(0)).stream()
                .map(a -> a.statusCode().orElse(0)).toList());
    }

    @Test
    void goneDisablesTheEndpoint() throws Exception {
        WebhookEndpoint endpoint = endpoint(Set.of(EventType.EXECUTION_SUCCEEDED));
        event(EventType.EXECUTION_SUCCEEDED);
        app.dispatchEvents(EVENTS).dispatch();
        answer.set(410);

        app.sendDeliveries(LIMITS).send();

        assertEquals(Delivery.Status.FAILED, deliveries(endpoint).get(0).status());
        WebhookEndpoint after = app.readEndpoints().show(as(admin), org, space, endpoint.id());
        assertFalse(after.enabled());
        assertTrue(after.disabledReason().orElseThrow().contains("410"));
        event(EventType.EXECUTION_SUCCEEDED);
        app.dispatchEvents(EVENTS).dispatch();
        assertEquals(1, deliveries(endpoint).size(), "a disabled endpoint gets no new deliveries");
    }

    @Test
    void aDeliveryHeldByASenderThatDiedIsSentWhenItsClaimRunsOut() throws Exception {
        WebhookEndpoint endpoint = endpoint(Set.of(EventType.EXECUTION_SUCCEEDED));
        event(EventType.EXECUTION_SUCCEEDED);
        app.dispatchEvents(EVENTS).dispatch();
        // A sender claims it and dies (kill -9) before sending: its claim is all that is left of it.
        assertEquals(1, app.deliveries.claim(app.clock.instant(), app.clock.instant().plus(LIMITS.claim()), 50)
                .stream().filter(c -> c.orgId().equals(org)).count());
        SendDeliveries survivor = app.sendDeliveries(LIMITS);

        survivor.send();
        assertEquals(0, received.size(), "still held by the dead sender");
        app.clock.advance(LIMITS.claim().plusSeconds(1));
        survivor.send();

        assertEquals(1, received.size());
        assertEquals(Delivery.Status.SUCCEEDED, deliveries(endpoint).get(0).status());
    }

    @Test
    void aDeliveryCanBeSentAgainByHandWithTheSameWebhookId() throws Exception {
        WebhookEndpoint endpoint = endpoint(Set.of(EventType.EXECUTION_SUCCEEDED));
        event(EventType.EXECUTION_SUCCEEDED);
        app.dispatchEvents(EVENTS).dispatch();
        SendDeliveries sender = app.sendDeliveries(LIMITS);
        sender.send();
        Delivery sent = deliveries(endpoint).get(0);

        Delivery again = app.manageEndpoints().redeliver(as(admin), org, space, endpoint.id(), sent.id());
        assertEquals(Delivery.Status.PENDING, again.status());
        sender.send();

        assertEquals(2, received.size());
        assertEquals(received.get(0).webhookId(), received.get(1).webhookId());
        assertEquals(2, attempts(deliveries(endpoint).get(0)).size());
    }

    @Test
    void afterARotationBothSecretsSignUntilTheGraceEnds() throws Exception {
        WebhookEndpoint endpoint = endpoint(Set.of(EventType.EXECUTION_SUCCEEDED));
        String old = secret;
        secret = app.manageEndpoints().rotateSecret(as(admin), org, space, endpoint.id()).revealedSecret()
                .orElseThrow();
        event(EventType.EXECUTION_SUCCEEDED);
        app.dispatchEvents(EVENTS).dispatch();

        app.sendDeliveries(LIMITS).send();

        assertTrue(received.get(0).verified(), "the new secret verifies");
        secret = old;
        assertTrue(verifies(received.get(0)), "and so does the old one, during the grace period");
    }

    private WebhookEndpoint endpoint(Set<EventType> types) throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
                received.add(new Received(id, body, headers, verifies(headers, body)));
                exchange.sendResponseHeaders(answer.get(), -1);
                exchange.close();
            });
            server.start();
        }
        ManageEndpoints.Shown shown = app.manageEndpoints().create(as(admin), org, space, EndpointUrl.parse(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/hook"), types);
        secret = shown.revealedSecret().orElseThrow();
        return shown.endpoint();
    }

    private boolean verifies(Map<String, List<String>> headers, String body) {
        try {
            new Webhook(secret).verify(body, headers);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private boolean verifies(Received r) {
        return verifies(r.headers(), r.body());
    }

    private DomainEvent event(EventType type) {
        DomainEvent event = DomainEvent.of(org, space, type, UUID.randomUUID(), new Json.Obj(Map.of("status",
                Json.of("x"))), 0, app.clock.instant());
        app.transactions.inTenant(org, () -> {
            app.eventOutbox.append(event);
            return null;
        });
        return event;
    }

    private List<Delivery> deliveries(WebhookEndpoint endpoint) {
        return app.readEndpoints().deliveries(as(admin), org, space, endpoint.id(), PageRequest.first(50)).items();
    }

    private List<DeliveryAttempt> attempts(Delivery delivery) {
        return app.readEndpoints().attempts(as(admin), org, space, delivery.endpointId(), delivery.id(),
                PageRequest.first(50)).items();
    }
}
