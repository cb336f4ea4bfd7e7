package dev.glyphic.domain.workflow.nodes;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.shared.Violation;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** ISO-8601 durations in node fields ({@code PT5M}, {@code P3D}), bounded so that nothing waits forever. */
final class Durations {
    private Durations() {
    }

    static List<Violation> check(Map<String, Json> fields, String field, Duration max) {
        if (!(fields.get(field) instanceof Json.Str text) || text.value().contains("{{")) {
            return List.of();
        }
        try {
            Duration duration = Duration.parse(text.value());
            if (duration.isNegative() || duration.isZero() || duration.compareTo(max) > 0) {
                return List.of(Violation.of(field, "out_of_range", "must be positive and at most " + max));
            }
            return List.of();
        } catch (DateTimeParseException e) {
            return List.of(Violation.of(field, "invalid_duration", "must be an ISO-8601 duration such as PT5M or P1D"));
        }
    }
}
