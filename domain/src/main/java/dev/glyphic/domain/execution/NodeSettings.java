package dev.glyphic.domain.execution;

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
 * How the engine runs one node, from its {@code data.settings} in the document:
 * {@code {"retry": {"maxAttempts", "initialBackoffMs", "multiplier", "maxBackoffMs", "jitter"}, "timeoutMs"}}.
 * Whatever is left out takes its default; a retry object given in part takes the rest from
 * {@link RetryPolicy#DEFAULT}.
 *
 * @param timeout how long one attempt may take, waits included (see {@link Timeouts})
 */
public record NodeSettings(RetryPolicy retry, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    public static final Duration MIN_TIMEOUT = Duration.ofMillis(1);
    /** A longer step is a wait (a delay, an approval), which parks the node instead of holding a worker. */
    public static final Duration MAX_TIMEOUT = Duration.ofHours(1);
    public static final NodeSettings DEFAULT = new NodeSettings(RetryPolicy.DEFAULT, DEFAULT_TIMEOUT);

    private static final Set<String> KEYS = Set.of("retry", "timeoutMs");
    private static final Set<String> RETRY_KEYS =
            Set.of("maxAttempts", "initialBackoffMs", "multiplier", "maxBackoffMs", "jitter");
    /** The bare pointers of RetryPolicy's violations (its component names) to the document's keys. */
    private static final Map<String, String> RETRY_KEY_OF = Map.of("/maxAttempts", "maxAttempts",
            "/initialBackoff", "initialBackoffMs", "/multiplier", "multiplier", "/maxBackoff", "maxBackoffMs",
            "/jitter", "jitter");

    public NodeSettings {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new DomainException.Invalid(Violation.of("timeout", "out_of_range", "must be between "
                    + MIN_TIMEOUT.toMillis() + " ms and " + MAX_TIMEOUT.toMillis() + " ms (1 hour)"));
        }
    }

    /**
     * The node's settings.
     *
     * @throws DomainException.Invalid listing every problem, each pointed into the document
     *                                 ({@code /nodes/3/data/settings/retry/maxAttempts})
     */
    public static NodeSettings of(WorkflowDefinition.Node node) {
        List<Violation> violations = new ArrayList<>();
        SettingsObject settings = SettingsObject.read(node.settings(), node.at().at("data").at("settings"), KEYS,
                violations);
        // A retry object with problems stands in as the default, so that the timeout is checked all the same.
        RetryPolicy retry = settings.object("retry", RETRY_KEYS).flatMap(NodeSettings::retry)
                .orElse(RetryPolicy.DEFAULT);
        OptionalLong timeoutMs = settings.wholeNumber("timeoutMs");
        Duration timeout = timeoutMs.isPresent() ? Duration.ofMillis(timeoutMs.getAsLong()) : DEFAULT_TIMEOUT;
        Optional<NodeSettings> read = settings.build(() -> new NodeSettings(retry, timeout),
                Map.of("/timeout", "timeoutMs"));
        if (!violations.isEmpty()) {
            throw new DomainException.Invalid(violations);
        }
        return read.orElseThrow();
    }

    private static Optional<RetryPolicy> retry(SettingsObject retry) {
        RetryPolicy base = RetryPolicy.DEFAULT;
        OptionalLong maxAttempts = retry.wholeNumber("maxAttempts");
        OptionalLong initialMs = retry.wholeNumber("initialBackoffMs");
        OptionalLong maxMs = retry.wholeNumber("maxBackoffMs");
        double multiplier = retry.number("multiplier").orElse(base.multiplier());
        double jitter = retry.number("jitter").orElse(base.jitter());
        // Beyond an int is out of range all the same; the policy says so in its own words.
        int attempts = Math.clamp(maxAttempts.orElse(base.maxAttempts()), Integer.MIN_VALUE,
                Integer.MAX_VALUE);
        Duration initial = initialMs.isPresent() ? Duration.ofMillis(initialMs.getAsLong()) : base.initialBackoff();
        Duration max = maxMs.isPresent() ? Duration.ofMillis(maxMs.getAsLong()) : base.maxBackoff();
        return retry.build(() -> new RetryPolicy(attempts, initial, multiplier, max, jitter), RETRY_KEY_OF);
    }
}
