package dev.glyphic.application.port.out.execution;

import java.util.Objects;
import java.util.UUID;

/** One engine instance, as named on the leases it holds. Fresh at every start: a restarted worker is another. */
public record WorkerId(String value) {
    public WorkerId {
        Objects.requireNonNull(value);
        if (value.isBlank() || value.length() > 200) {
            throw new IllegalArgumentException("a worker id is 1 to 200 characters");
        }
    }

    public static WorkerId fresh(String host) {
        return new WorkerId(host + "/" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
