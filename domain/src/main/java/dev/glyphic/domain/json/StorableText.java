package dev.glyphic.domain.json;

import java.util.Map;
import java.util.Optional;

/**
 * Text PostgreSQL cannot store: the NUL character (in {@code text} and {@code jsonb}) and unpaired UTF-16
 * surrogates (no UTF-8 form). Found before saving, so that they are a clear 422, never a failed statement.
 */
public final class StorableText {
    private StorableText() {
    }

    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The pointer of the first key or string that cannot be stored, if any. */
    public static Optional<JsonPointer> firstUnstorable(Json value, JsonPointer at) {
        return switch (value) {
            case Json.Str text -> isStorable(text.value()) ? Optional.empty() : Optional.of(at);
            case Json.Obj object -> {
                for (Map.Entry<String, Json> entry : object.fields().entrySet()) {
                    if (!isStorable(entry.getKey())) {
                        yield Optional.of(at.at(entry.getKey()));
                    }
                    Optional<JsonPointer> nested = firstUnstorable(entry.getValue(), at.at(entry.getKey()));
                    if (nested.isPresent()) {
                        yield nested;
                    }
                }
                yield Optional.empty();
            }
            case Json.Arr array -> {
                for (int i = 0; i < array.items().size(); i++) {
                    Optional<JsonPointer> nested = firstUnstorable(array.items().get(i), at.at(i));
                    if (nested.isPresent()) {
                        yield nested;
                    }
                }
                yield Optional.empty();
            }
            default -> Optional.empty();
        };
    }
}
