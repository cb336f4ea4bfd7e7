package dev.glyphic.application.webhook;

import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.limits.TokenBuckets;
import dev.glyphic.application.port.in.webhook.ReceiveWebhook;
import dev.glyphic.application.port.out.execution.EngineSignals;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.webhook.WebhookReceipts;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.SignatureVerdict;
import dev.glyphic.domain.webhook.WebhookPath;
import dev.glyphic.domain.webhook.WebhookReceipt;
import dev.glyphic.domain.workflow.Workflow;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A call to {@code /hooks/{path}}, in one tenant transaction once its org is known: the webhook is read, the method,
 * signature and message id checked, the run started (or the earlier one found) and the call logged, all committed
 * together. What is refused before the org is known (no such path, too large, too many) writes nothing.
 */
public final class ReceiveWebhookService implements ReceiveWebhook {
    private final Transactions transactions;
    private final Webhooks webhooks;
    private final WebhookReceipts receipts;
    private final WorkflowRepository workflows;
    private final ExecutionStarter starter;
    private final RunWaiter waiter;
    private final WebhookLimits limits;
    private final TokenBuckets buckets;
    private final PathCache paths;
    private final Clock clock;

    public ReceiveWebhookService(Transactions transactions, Webhooks webhooks, WebhookReceipts receipts,
                                 WorkflowRepository workflows, ExecutionStarter starter, Executions executions,
                                 EngineSignals signals, WebhookLimits limits, Clock clock) {
        this.transactions = transactions;
        this.webhooks = webhooks;
        this.receipts = receipts;
        this.workflows = workflows;
        this.starter = starter;
        this.waiter = new RunWaiter(transactions, executions, signals);
        this.limits = limits;
        this.buckets = new TokenBuckets(limits.callsPerWindow(), limits.window().toNanos(), System::nanoTime);
        this.paths = new PathCache(webhooks, System::nanoTime);
        this.clock = clock;
    }

    @Override
    public Answer receive(Call call) {
        Optional<Webhooks.Address> address = WebhookPath.read(call.path()).flatMap(paths::locate);
        if (address.isEmpty()) {
            return new Answer.NotFound();
        }
        if (call.body().length > limits.maxBodyBytes()) {
            return new Answer.TooLarge(limits.maxBodyBytes());
        }
        TokenBuckets.Take take = buckets.take(address.get().id().toString());
        if (!take.taken()) {
            return new Answer.RateLimited(Duration.ofNanos(take.nanosToNext()));
        }
        Handled handled = transactions.inTenant(address.get().orgId(), () -> handle(address.get(), call));
        if (handled.answer() instanceof Answer.Started started && !started.repeated()
                && handled.respond() == TriggerNode.Respond.WHEN_FINISHED) {
            return waiter.awaitEnd(address.get().orgId(), started.executionId(), limits.whenFinishedWait())
                    .<Answer>map(ended -> new Answer.Finished(ended.execution().id(),
                            ended.execution().status().wireName(), ended.output().orElse(Json.NULL)))
                    .orElse(started);
        }
        return handled.answer();
    }

    private record Handled(Answer answer, TriggerNode.Respond respond) {
    }

    private Handled handle(Webhooks.Address address, Call call) {
        Instant now = clock.instant();
        Optional<InboundWebhook> found = webhooks.find(address.orgId(), address.id())
                .filter(InboundWebhook::takesCalls);
        if (found.isEmpty()) {
            return new Handled(new Answer.NotFound(), TriggerNode.Respond.IMMEDIATELY);
        }
        InboundWebhook webhook = found.get();
        Optional<String> messageId = webhook.scheme().messageId(call.lookup());
        if (!webhook.method().equals(call.method().toUpperCase(Locale.ROOT))) {
            return refused(webhook, now, messageId, 405, "method " + call.method() + " is not " + webhook.method(),
                    new Answer.MethodNotAllowed(webhook.method()));
        }
        SignatureVerdict verdict = webhook.scheme().verify(call.lookup(), call.body(), webhook.usableSecrets(now),
                now, limits.signatureTolerance());
        if (!verdict.accepted()) {
            return refused(webhook, now, messageId, 401, verdict.reason(), new Answer.Unauthorized(verdict.reason()));
        }
        Workflow workflow = workflows.find(address.orgId(), address.workspaceId(), webhook.workflowId())
                .orElseThrow(() -> new IllegalStateException("a listening webhook without its workflow"));
        Json data;
        try {
            data = WebhookTriggerData.of(webhook, call, messageId, now);
        } catch (WebhookTriggerData.Unreadable e) {
            return refused(webhook, now, messageId, 400, e.getMessage(), new Answer.Unreadable(e.getMessage()));
        }
        ExecutionStarter.Started started;
        try {
            started = starter.start(new ExecutionStarter.Request(address.orgId(), address.workspaceId(), workflow,
                    workflow.version(), TriggerType.WEBHOOK, Initiator.SYSTEM, data, data, Optional.empty(),
                    Optional.empty(), messageId.map(id -> "webhook:" + webhook.id() + ":" + id),
                    digest(call.body()), now));
        } catch (DomainException.Conflict conflict) {
            if (!conflict.code().equals("idempotency_key_reused")) {
                throw conflict;
            }
            // The same message id with another body: not a retry of the first call, and not a new message either.
            String reason = "the message id was already used for a different body";
            return refused(webhook, now, messageId, 409, reason, new Answer.Conflict(reason));
        }
        ExecutionId executionId = started.execution().execution().id();
        if (!started.repeated()) {
            webhooks.triggered(address.orgId(), webhook.id(), now);
        }
        receipts.record(WebhookReceipt.of(address.orgId(), webhook.id(), now, messageId, started.repeated() ? 200 : 202,
                started.repeated() ? WebhookReceipt.Outcome.REPEATED : WebhookReceipt.Outcome.STARTED,
                started.repeated() ? "message id seen before: the run it started" : "run started",
                Optional.of(executionId)));
        return new Handled(new Answer.Started(executionId, started.repeated()), webhook.respond());
    }

    private Handled refused(InboundWebhook webhook, Instant now, Optional<String> messageId, int status,
                            String reason, Answer answer) {
        receipts.record(WebhookReceipt.of(webhook.orgId(), webhook.id(), now, messageId, status,
                WebhookReceipt.Outcome.REFUSED, reason, Optional.empty()));
        return new Handled(answer, webhook.respond());
    }

    /** A retry carries the same body: a message id reused with another body is told apart from a repeat. */
    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
