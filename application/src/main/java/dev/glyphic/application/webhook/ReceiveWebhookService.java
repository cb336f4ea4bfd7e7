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
import dev.glyphic.application.shared.GroupCommit;
import dev.glyphic.domain.execution.Initiator;
import dev.glyphic.domain.execution.TriggerType;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.trigger.TriggerNode;
import dev.glyphic.domain.webhook.InboundWebhook;
import dev.glyphic.domain.webhook.SignatureVerdict;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.webhook.WebhookPath;
import dev.glyphic.domain.webhook.WebhookReceipt;
import dev.glyphic.domain.workflow.Workflow;
import dev.glyphic.domain.workflow.WorkflowId;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A call to {@code /hooks/{path}}: what is refused before its org is known (no such path, too large, too many)
 * writes nothing; the rest is committed in the org's transaction, in groups ({@link GroupCommit}): the webhook is
 * read, the method, signature and message id checked, the run started (or the earlier one found) and the call
 * logged, and each caller is answered once its group has committed. Under load many calls share a transaction, so
 * ingest is bounded by what the database commits per second, not by round trips per call.
 */
public final class ReceiveWebhookService implements ReceiveWebhook {
    /** Calls that share one transaction at most; a group's statements grow with it, so it stays modest. */
    private static final int GROUP = 64;
    /** Groups committed at once: enough to keep the database busy while a committer waits on a round trip. */
    private static final int COMMITTERS = 4;

    private final Transactions transactions;
    private final Webhooks webhooks;
    private final WebhookReceipts receipts;
    private final WorkflowRepository workflows;
    private final ExecutionStarter starter;
    private final RunWaiter waiter;
    private final WebhookLimits limits;
    private final TokenBuckets buckets;
    private final PathCache paths;
    private final GroupCommit<OrgId, Received, Handled> group;
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
        this.group = new GroupCommit<>(GROUP, COMMITTERS, received -> received.address().orgId(),
                (orgId, calls) -> transactions.inTenant(orgId, () -> handle(orgId, calls)));
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
        // Hashed on the caller's thread, before the group: its transaction holds a connection, so CPU work that
        // needs no row stays out of it.
        Answered answered = switch (group.submit(new Received(address.get(), call, digest(call.body())))) {
            case Answered a -> a;
            case RunRefused refused -> throw refused.reason();
        };
        if (answered.answer() instanceof Answer.Started started && !started.repeated()
                && answered.respond() == TriggerNode.Respond.WHEN_FINISHED) {
            return waiter.awaitEnd(address.get().orgId(), started.executionId(), limits.whenFinishedWait())
                    .<Answer>map(ended -> new Answer.Finished(ended.execution().id(),
                            ended.execution().status().wireName(), ended.output().orElse(Json.NULL)))
                    .orElse(started);
        }
        return answered.answer();
    }

    /** @param bodyDigest tells a retry (same body) from a message id reused for another body */
    private record Received(Webhooks.Address address, Call call, String bodyDigest) {
    }

    /** What became of a call in its group's transaction. */
    private sealed interface Handled permits Answered, RunRefused {
    }

    private record Answered(Answer answer, TriggerNode.Respond respond) implements Handled {
    }

    /** The call's run was refused (a full queue, a workflow that no longer validates): logged, then thrown. */
    private record RunRefused(DomainException reason) implements Handled {
    }

    /** A call that passed its checks, on its way to a run. */
    private record Starting(int index, InboundWebhook webhook, Optional<String> messageId) {
    }

    /** One org's share of a group, in its transaction: everything read once, written in a round trip each. */
    private List<Handled> handle(OrgId orgId, List<Received> calls) {
        Instant now = clock.instant();
        Handled[] handled = new Handled[calls.size()];
        List<WebhookReceipt> log = new ArrayList<>();
        Map<WebhookId, InboundWebhook> hooks = webhooks.findAll(orgId, calls.stream().map(c -> c.address().id())
                .collect(Collectors.toSet())).stream().filter(InboundWebhook::takesCalls)
                .collect(Collectors.toMap(InboundWebhook::id, hook -> hook));
        Map<WorkflowId, Workflow> workflowsById = workflows.findAll(orgId, hooks.values().stream()
                .map(InboundWebhook::workflowId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Workflow::id, workflow -> workflow));
        List<Starting> starting = new ArrayList<>();
        List<ExecutionStarter.Request> requests = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Webhooks.Address address = calls.get(i).address();
            Call call = calls.get(i).call();
            InboundWebhook webhook = hooks.get(address.id());
            if (webhook == null) {
                handled[i] = new Answered(new Answer.NotFound(), TriggerNode.Respond.IMMEDIATELY);
                continue;
            }
            Optional<String> messageId = webhook.scheme().messageId(call.lookup());
            if (!webhook.method().equals(call.method().toUpperCase(Locale.ROOT))) {
                handled[i] = refused(log, webhook, now, messageId, 405, "method " + call.method() + " is not "
                        + webhook.method(), new Answer.MethodNotAllowed(webhook.method()));
                continue;
            }
            SignatureVerdict verdict = webhook.scheme().verify(call.lookup(), call.body(),
                    webhook.usableSecrets(now), now, limits.signatureTolerance());
            if (!verdict.accepted()) {
                handled[i] = refused(log, webhook, now, messageId, 401, verdict.reason(),
                        new Answer.Unauthorized(verdict.reason()));
                continue;
            }
            Json data;
            try {
                data = WebhookTriggerData.of(webhook, call, messageId, now);
            } catch (WebhookTriggerData.Unreadable e) {
                handled[i] = refused(log, webhook, now, messageId, 400, e.getMessage(),
                        new Answer.Unreadable(e.getMessage()));
                continue;
            }
            Workflow workflow = workflowsById.get(webhook.workflowId());
            if (workflow == null || !workflow.workspaceId().equals(address.workspaceId())) {
                throw new IllegalStateException("a listening webhook without its workflow");
            }
            starting.add(new Starting(i, webhook, messageId));
            requests.add(new ExecutionStarter.Request(orgId, address.workspaceId(), workflow, workflow.version(),
                    TriggerType.WEBHOOK, Initiator.SYSTEM, data, data, Optional.empty(), Optional.empty(),
                    messageId.map(id -> "webhook:" + webhook.id() + ":" + id), calls.get(i).bodyDigest(), now));
        }
        List<ExecutionStarter.Attempt> attempts = starter.startAll(orgId, requests);
        Map<WebhookId, Integer> triggered = new TreeMap<>(Comparator.comparing(WebhookId::value));
        for (int k = 0; k < starting.size(); k++) {
            Starting s = starting.get(k);
            handled[s.index()] = switch (attempts.get(k)) {
                case ExecutionStarter.Started started -> {
                    if (!started.repeated()) {
                        triggered.merge(s.webhook().id(), 1, Integer::sum);
                    }
                    log.add(WebhookReceipt.of(orgId, s.webhook().id(), now, s.messageId(),
                            started.repeated() ? 200 : 202, started.repeated() ? WebhookReceipt.Outcome.REPEATED
                                    : WebhookReceipt.Outcome.STARTED, started.repeated()
                                    ? "message id seen before: the run it started" : "run started",
                            Optional.of(started.execution().id())));
                    yield new Answered(new Answer.Started(started.execution().id(), started.repeated()),
                            s.webhook().respond());
                }
                case ExecutionStarter.Refused refused -> refusedStart(log, s, now, refused.reason());
            };
        }
        // Last writes: the counters' row locks are held to the commit; in id order, so groups never deadlock.
        webhooks.triggered(orgId, triggered, now);
        receipts.record(log);
        return List.of(handled);
    }

    private Handled refusedStart(List<WebhookReceipt> log, Starting s, Instant now, DomainException reason) {
        if (reason instanceof DomainException.Conflict conflict && conflict.code().equals("idempotency_key_reused")) {
            // The same message id with another body: not a retry of the first call, and not a new message either.
            String why = "the message id was already used for a different body";
            return refused(log, s.webhook(), now, s.messageId(), 409, why, new Answer.Conflict(why));
        }
        // A full queue (429) or a workflow that no longer validates (409): logged, and answered as a problem.
        int status = reason instanceof DomainException.RateLimited ? 429 : 409;
        log.add(WebhookReceipt.of(s.webhook().orgId(), s.webhook().id(), now, s.messageId(), status,
                WebhookReceipt.Outcome.REFUSED, reason.getMessage(), Optional.empty()));
        return new RunRefused(reason);
    }

    private static Handled refused(List<WebhookReceipt> log, InboundWebhook webhook, Instant now,
                                   Optional<String> messageId, int status, String reason, Answer answer) {
        log.add(WebhookReceipt.of(webhook.orgId(), webhook.id(), now, messageId, status,
                WebhookReceipt.Outcome.REFUSED, reason, Optional.empty()));
        return new Answered(answer, webhook.respond());
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
