package dev.glyphic.domain.execution;

import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.json.JsonPointer;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.shared.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One settings object of a workflow document, read key by key with every problem collected and pointed at. A key it
 * does not know is refused rather than ignored: a typo such as {@code maxAttemps} would otherwise fall back to the
 * default without a word. A null value counts as absent, as editors write null to clear a setting.
 */
final class SettingsObject {
    private final Json.Obj object;
    private final JsonPointer at;
    private final List<Violation> violations;

    private SettingsObject(Json.Obj object, JsonPointer at, List<Violation> violations) {
        this.object = object;
        this.at = at;
        this.violations = violations;
    }

    /** Reads {@code object}, at once reporting the keys not among {@code known}. */
    static SettingsObject read(Json.Obj object, JsonPointer at, Set<String> known, List<Violation> violations) {
        for (String key : object.fields().keySet()) {
            if (!known.contains(key)) {
                violations.add(new Violation(at.at(key).value(), "unknown_setting", "'" + key
                        + "' is not a setting here; the settings are " + known.stream().sorted().toList()));
            }
        }
        return new SettingsObject(object, at, violations);
    }

    JsonPointer at() {
        return at;
    }

    JsonPointer at(String key) {
        return at.at(key);
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    /** A nested settings object, when given and an object. */
    Optional<SettingsObject> object(String key, Set<String> known) {
        return value(key).flatMap(value -> {
            if (value instanceof Json.Obj nested) {
                return Optional.of(read(nested, at(key), known, violations));
            }
            wrongType(key, "an object", value);
            return Optional.empty();
        });
    }

    /** A whole number; one too large for a long is reported here, as no setting could take it. */
    OptionalLong wholeNumber(String key) {
        Optional<Json> value = value(key);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!(value.get() instanceof Json.Num number) || !isIntegral(number.value())) {
            wrongType(key, "a whole number", value.get());
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(number.value().longValueExact());
        } catch (ArithmeticException tooLarge) {
            violations.add(new Violation(at(key).value(), "out_of_range", key + " is far out of range"));
            return OptionalLong.empty();
        }
    }

    OptionalDouble number(String key) {
        Optional<Json> value = value(key);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (!(value.get() instanceof Json.Num number)) {
            wrongType(key, "a number", value.get());
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(number.value().doubleValue());
    }

    Optional<String> text(String key) {
        return value(key).flatMap(value -> {
            if (value instanceof Json.Str text) {
                return Optional.of(text.value());
            }
            wrongType(key, "a string", value);
            return Optional.empty();
        });
    }

    void add(String key, String code, String message) {
        violations.add(new Violation(at(key).value(), code, message));
    }

    /**
     * Builds a value object from what was read, its own violations pointed at the keys they are about:
     * {@code keyOf} maps the bare pointers it uses ({@code /maxBackoff}) to this object's keys
     * ({@code maxBackoffMs}). A violation about a key left out (a default clashing with a value given beside it,
     * such as an initial backoff above the default cap) points at this object instead, and says so.
     */
    <T> Optional<T> build(Supplier<T> build, Map<String, String> keyOf) {
        try {
            return Optional.of(build.get());
        } catch (DomainException.Invalid invalid) {
            for (Violation violation : invalid.violations()) {
                String key = keyOf.getOrDefault(violation.pointer(), violation.pointer().replaceFirst("^/", ""));
                violations.add(has(key)
                        ? new Violation(at(key).value(), violation.code(), key + " " + violation.message())
                        : new Violation(at.value(), violation.code(), key + " (left at its default) "
                                + violation.message()));
            }
            return Optional.empty();
        }
    }

    private Optional<Json> value(String key) {
        return object.get(key).filter(value -> !(value instanceof Json.Null));
    }

    private void wrongType(String key, String expected, Json value) {
        violations.add(new Violation(at(key).value(), "wrong_type", key + " must be " + expected + ", not "
                + value.kind()));
    }

    private static boolean isIntegral(BigDecimal value) {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
