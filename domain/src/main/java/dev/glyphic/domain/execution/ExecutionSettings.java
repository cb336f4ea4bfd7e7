package dev.glyphic.domain.execution;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import dev.glyphic.domain.workflow.WorkflowDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How the engine runs a workflow as a whole, from the document's {@code config.execution}:
 * {@code {"timeoutMs": 3600000, "concurrency": {"limit": 1, "policy": "queue"}}}. Without a timeout an execution
 * gets a day; without a concurrency object a workflow's executions are limited only by the organization's quotas.
 *
 * @param timeout     how long an execution may take from its start to its end, waits included (see {@link Timeouts})
 * @param concurrency how many executions of the workflow may be under way at once, and what befalls one more
 */
public record ExecutionSettings(Duration timeout, Optional<Concurrency> concurrency) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(24);
    public static final Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    /** A run that outlives a month waits on something nobody will answer; it should end rather than linger. */
    public static final Duration MAX_TIMEOUT = Duration.ofDays(31);
    public static final ExecutionSettings DEFAULT = new ExecutionSettings(DEFAULT_TIMEOUT, Optional.empty());

    private static final Set<String> KEYS = Set.of("timeoutMs", "concurrency");
    private static final Set<String> CONCURRENCY_KEYS = Set.of("limit", "policy");

    public ExecutionSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(concurrency, "concurrency");
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new DomainException.Invalid(Violation.of("timeout", "out_of_range", "must be between "
                    + MIN_TIMEOUT.toMillis() + " ms (1 second) and " + MAX_TIMEOUT.toMillis() + " ms (31 days)"));
        }
    }

    /**
     * At most {@code limit} executions of the workflow under way (running or waiting) at once; {@code policy} says
     * what happens to one more. An object given without a limit means one at a time; without a policy, a queue.
     */
    public record Concurrency(int limit, ConcurrencyPolicy policy) {
        public static final int MAX_LIMIT = 1000;

        public Concurrency {
            Objects.requireNonNull(policy, "policy");
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new DomainException.Invalid(Violation.of("limit", "out_of_range", "must be between 1 and "
                        + MAX_LIMIT));
            }
        }
    }

    /**
     * The workflow's settings. A {@code config} that is not an object is the reader's to report; here it simply
     * holds no settings.
     *
     * @throws DomainException.Invalid listing every problem, each pointed into the document
     *                                 ({@code /config/execution/concurrency/policy})
     */
    public static ExecutionSettings of(WorkflowDefinition definition) {
        JsonPointer at = JsonPointer.ROOT.at("config").at("execution");
        Json execution = definition.document().get("config")
                .flatMap(config -> config instanceof Json.Obj object ? object.get("execution") : Optional.empty())
                .orElse(Json.NULL);
        List<Violation> violations = new ArrayList<>();
        SettingsObject settings = switch (execution) {
            case Json.Null absent -> SettingsObject.read(Json.EMPTY_OBJECT, at, KEYS, violations);
            case Json.Obj object -> SettingsObject.read(object, at, KEYS, violations);
            default -> {
                violations.add(new Violation(at.value(), "wrong_type", "execution must be an object, not "
                        + execution.kind()));
                yield SettingsObject.read(Json.EMPTY_OBJECT, at, KEYS, violations);
            }
        };
        OptionalLong timeoutMs = settings.wholeNumber("timeoutMs");
        Duration timeout = timeoutMs.isPresent() ? Duration.ofMillis(timeoutMs.getAsLong()) : DEFAULT_TIMEOUT;
        Optional<Concurrency> concurrency = settings.object("concurrency", CONCURRENCY_KEYS)
                .flatMap(ExecutionSettings::concurrency);
        Optional<ExecutionSettings> read = settings.build(() -> new ExecutionSettings(timeout, concurrency),
                Map.of("/timeout", "timeoutMs"));
        if (!violations.isEmpty()) {
            throw new DomainException.Invalid(violations);
        }
        return read.orElseThrow();
    }

    private static Optional<Concurrency> concurrency(SettingsObject concurrency) {
        OptionalLong limit = concurrency.wholeNumber("limit");
        Optional<ConcurrencyPolicy> policy = concurrency.text("policy")
                .flatMap(raw -> concurrency.build(() -> ConcurrencyPolicy.parse(raw), Map.of("", "policy")));
        if (concurrency.has("policy") && policy.isEmpty()) {
            return Optional.empty();
        }
        int atMost = Math.clamp(limit.orElse(1), Integer.MIN_VALUE, Integer.MAX_VALUE);
        return concurrency.build(() -> new Concurrency(atMost, policy.orElse(ConcurrencyPolicy.QUEUE)),
                Map.of("/limit", "limit"));
    }
}
