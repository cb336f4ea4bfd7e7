package dev.glyphic.domain.json;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The limits every JSON value entering Glyphic is held to, whoever read it: a request body, a query value, a run's
 * input, an HTTP answer an {@code http.request} node reads. One set, so that what one door takes another cannot
 * refuse later, and so that nothing accepted fails in a statement.
 *
 * <ul>
 *   <li>Nesting at most {@value #MAX_DEPTH} deep: bounds the recursion one hostile document can cause.</li>
 *   <li>Numbers at most {@value #MAX_NUMBER_LENGTH} characters, both as written and as PostgreSQL writes them back
 *       (in full, without exponent): {@code 1e999999} overflows {@code numeric}, and {@code 1e131071}, which it
 *       stores, would come back as 131,072 digits.</li>
 *   <li>No NUL character in a string or key (neither {@code text} nor {@code jsonb} holds one) and no unpaired
 *       UTF-16 surrogate (it has no UTF-8 form).</li>
 * </ul>
 * Sizes are bounded where the bytes arrive (the request size, an HTTP node's response limit).
 */
public final class JsonLimits {
    public static final int MAX_DEPTH = 512;
    public static final int MAX_NUMBER_LENGTH = 1000;

    /** Codes of the breaches, as problem documents and node errors name them. */
    public static final String TOO_DEEP = "too_deep";
    public static final String NUMBER_OUT_OF_RANGE = "number_out_of_range";
    public static final String UNSTORABLE_TEXT = "unstorable_text";

    private JsonLimits() {
    }

    /** One broken limit: where in the value, a code of those above, and a sentence. */
    public record Breach(JsonPointer at, String code, String message) {
    }

    /** Text PostgreSQL can store: no NUL, every surrogate paired. */
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

    /** The text with each NUL and unpaired surrogate replaced by U+FFFD, for messages that quote what came in. */
    public static String storable(String text) {
        if (isStorable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c == '\u0000' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** Whether the number written out in full (as PostgreSQL returns it) stays within the length limit. */
    public static boolean numberFits(BigDecimal value) {
        return plainLength(value) <= MAX_NUMBER_LENGTH;
    }

    public static String unstorableTextMessage() {
        return "text may not contain NUL characters or unpaired surrogates";
    }

    public static String numberMessage() {
        return "a number may take at most " + MAX_NUMBER_LENGTH + " characters written out in full";
    }

    public static String depthMessage() {
        return "nesting deeper than " + MAX_DEPTH;
    }

    /** The first breach in {@code value}, if any; {@code at} is where the value sits in its document. */
    public static Optional<Breach> check(Json value) {
        return check(value, JsonPointer.ROOT, 0);
    }

    private static Optional<Breach> check(Json value, JsonPointer at, int depth) {
        return switch (value) {
            case Json.Str text -> isStorable(text.value()) ? Optional.empty()
                    : Optional.of(new Breach(at, UNSTORABLE_TEXT, unstorableTextMessage()));
            case Json.Num number -> numberFits(number.value()) ? Optional.empty()
                    : Optional.of(new Breach(at, NUMBER_OUT_OF_RANGE, numberMessage()));
            case Json.Obj object -> {
                if (depth + 1 > MAX_DEPTH) {
                    yield Optional.of(new Breach(at, TOO_DEEP, depthMessage()));
                }
                for (Map.Entry<String, Json> entry : object.fields().entrySet()) {
                    JsonPointer field = at.at(entry.getKey());
                    if (!isStorable(entry.getKey())) {
                        yield Optional.of(new Breach(field, UNSTORABLE_TEXT, unstorableTextMessage()));
                    }
                    Optional<Breach> nested = check(entry.getValue(), field, depth + 1);
                    if (nested.isPresent()) {
                        yield nested;
                    }
                }
                yield Optional.empty();
            }
            case Json.Arr array -> {
                if (depth + 1 > MAX_DEPTH) {
                    yield Optional.of(new Breach(at, TOO_DEEP, depthMessage()));
                }
                for (int i = 0; i < array.items().size(); i++) {
                    Optional<Breach> nested = check(array.items().get(i), at.at(i), depth + 1);
                    if (nested.isPresent()) {
                        yield nested;
                    }
                }
                yield Optional.empty();
            }
            case Json.Bool b -> Optional.empty();
            case Json.Null n -> Optional.empty();
        };
    }

    /** {@code value.toPlainString().length()}, computed without building a string of a million zeros. */
    private static long plainLength(BigDecimal value) {
        long sign = value.signum() < 0 ? 1 : 0;
        long precision = value.precision();
        long scale = value.scale();
        if (scale <= 0) {
            return sign + (value.signum() == 0 ? 1 : precision - scale);
        }
        return sign + (precision > scale ? precision + 1 : 2 + scale);
    }
}
