package dev.glyphic.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Signed timestamps: whole seconds since the epoch, accepted within a tolerance on either side of now. */
final class SignatureTimes {
    private static final int MAX_DIGITS = 12;

    private SignatureTimes() {
    }

    static Optional<Long> seconds(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_DIGITS || !trimmed.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(trimmed));
    }

    static boolean within(Instant signedAt, Instant now, Duration tolerance) {
        return Duration.between(signedAt, now).abs().compareTo(tolerance) <= 0;
    }
}
