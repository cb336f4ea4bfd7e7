package dev.glyphic.domain.execution;

import dev.glyphic.domain.shared.Violation;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

public enum LogLevel {
    DEBUG, INFO, WARN, ERROR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LogLevel parse(String raw) {
        return Arrays.stream(values())
                .filter(l -> l.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> Violation.invalid("invalid_log_level", "must be one of " + Arrays
                        .stream(values()).map(LogLevel::wireName).collect(Collectors.joining(", "))));
    }
}
