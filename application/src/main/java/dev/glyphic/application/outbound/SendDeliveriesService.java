package dev.glyphic.application.outbound;

import dev.glyphic.application.port.in.outbound.SendDeliveries;
import dev.glyphic.application.port.out.execution.HttpCalls;
import dev.glyphic.application.port.out.outbound.Deliveries;
import dev.glyphic.application.port.out.outbound.WebhookEndpoints;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.json.JsonText;
import dev.glyphic.domain.outbound.Delivery;
import dev.glyphic.domain.outbound.DeliveryAttempt;
import dev.glyphic.domain.outbound.DeliveryBackoff;
import dev.glyphic.domain.outbound.WebhookEndpoint;
import dev.glyphic.domain.shared.Uuids;
import dev.glyphic.domain.webhook.StandardWebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends due deliveries. A delivery is claimed (until the claim runs out), read in its org's transaction, sent with no
 * transaction open (an endpoint's slowness holds no lock and no connection), and its outcome recorded in a second
 * transaction: 2xx succeeds; 410 Gone fails it and disables the endpoint; anything else is tried again after
 * {@link DeliveryBackoff}, until it is dead. A sender that dies between sending and recording loses its claim, and
 * the delivery is sent again: at least once, never lost; receivers deduplicate by {@code webhook-id}.
 */
public final class SendDeliveriesService implements SendDeliveries {
    private static final long MAX_RESPONSE_BYTES = 64 * 1024;
    private static final int EXCERPT_CHARS = 500;

    private final Transactions transactions;
    private final Deliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final HttpCalls http;
    private final OutboundLimits limits;
    private final Clock clock;

    public SendDeliveriesService(Transactions transactions, Deliveries deliveries, WebhookEndpoints endpoints,
                                 HttpCalls http, OutboundLimits limits, Clock clock) {
        this.transactions = transactions;
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.http = http;
        this.limits = limits;
        this.clock = clock;
    }

    private record Work(Delivery delivery, WebhookEndpoint endpoint) {
    }

    @Override
    public int send() {
        Instant now = clock.instant();
        List<Deliveries.Claim> claimed = deliveries.claim(now, now.plus(limits.claim()), limits.batch());
        claimed.forEach(this::send);
        return claimed.size();
    }

    private void send(Deliveries.Claim claim) {
        Optional<Work> work = transactions.inTenant(claim.orgId(), () -> deliveries.find(claim.orgId(), claim.id())
                .filter(d -> d.status() == Delivery.Status.PENDING)
                .flatMap(d -> endpoints.find(claim.orgId(), d.endpointId()).map(e -> new Work(d, e))));
        if (work.isEmpty()) {
            return;
        }
        Delivery delivery = work.get().delivery();
        WebhookEndpoint endpoint = work.get().endpoint();
        if (!endpoint.enabled()) {
            record(delivery, Delivery.Status.FAILED, Optional.empty(), Optional.empty(),
                    Optional.of("the endpoint is disabled: " + endpoint.disabledReason().orElse("")), 0,
                    Optional.empty(), Optional.empty());
            return;
        }
        Instant sentAt = clock.instant();
        String body = JsonText.write(delivery.payload());
        Map<String, String> headers = new LinkedHashMap<>(StandardWebhookSignature.headers(
                endpoint.signingSecrets(sentAt), delivery.id().messageId(), sentAt,
                body.getBytes(StandardCharsets.UTF_8)));
        headers.put("Content-Type", "application/json");
        long started = System.nanoTime();
        HttpCalls.HttpOutcome outcome = http.call(new HttpCalls.HttpCall("POST", endpoint.url().value(), headers,
                Optional.of(body), limits.timeout(), MAX_RESPONSE_BYTES));
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        switch (outcome) {
            case HttpCalls.Responded r when r.status() >= 200 && r.status() < 300 -> record(delivery,
                    Delivery.Status.SUCCEEDED, Optional.empty(), Optional.of(r.status()), Optional.empty(), millis,
                    excerpt(r.body()), Optional.empty());
            case HttpCalls.Responded r when r.status() == 410 -> record(delivery, Delivery.Status.FAILED,
                    Optional.empty(), Optional.of(410), Optional.of("410 Gone: the endpoint was disabled"), millis,
                    excerpt(r.body()), Optional.of("the endpoint answered 410 Gone"));
            case HttpCalls.Responded r -> retry(delivery, Optional.of(r.status()), Optional.of("HTTP " + r.status()),
                    millis, excerpt(r.body()));
            case HttpCalls.Refused r -> retry(delivery, Optional.empty(), Optional.of(r.reason() + ": "
                    + r.message()), millis, Optional.empty());
            case HttpCalls.Failed f -> retry(delivery, Optional.empty(), Optional.of(f.kind() + ": " + f.message()),
                    millis, Optional.empty());
        }
    }

    private void retry(Delivery delivery, Optional<Integer> status, Optional<String> error, long millis,
                       Optional<String> excerpt) {
        Optional<Duration> wait = DeliveryBackoff.after(delivery.attempts() + 1,
                () -> ThreadLocalRandom.current().nextDouble());
        record(delivery, wait.isPresent() ? Delivery.Status.PENDING : Delivery.Status.DEAD,
                wait.map(clock.instant()::plus), status, error, millis, excerpt, Optional.empty());
    }

    /** The attempt and its consequence, in one transaction of the delivery's org. */
    private void record(Delivery sent, Delivery.Status next, Optional<Instant> retryAt, Optional<Integer> status,
                        Optional<String> error, long millis, Optional<String> excerpt, Optional<String> disable) {
        Instant now = clock.instant();
        transactions.inTenant(sent.orgId(), () -> {
            Optional<Delivery> current = deliveries.lock(sent.orgId(), sent.id());
            if (current.isEmpty()) {
                return null; // its endpoint was deleted meanwhile
            }
            deliveries.recordAttempt(new DeliveryAttempt(sent.orgId(), Uuids.v7(), sent.id(), now, status, millis,
                    error, excerpt));
            if (current.get().status() != Delivery.Status.PENDING) {
                return null; // another sender, after this one's claim ran out, already settled it
            }
            deliveries.update(current.get().attempted(next, retryAt, status, error, now));
            disable.ifPresent(reason -> endpoints.find(sent.orgId(), sent.endpointId()).ifPresent(endpoint ->
                    endpoints.update(endpoint.disabled(reason, now))));
            return null;
        });
    }

    private static Optional<String> excerpt(String body) {
        if (body.isEmpty()) {
            return Optional.empty();
        }
        String text = body.replace('\u0000', ' ');
        return Optional.of(text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…");
    }
}
