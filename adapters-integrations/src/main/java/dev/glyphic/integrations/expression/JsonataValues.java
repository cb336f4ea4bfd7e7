package dev.glyphic.integrations.expression;

import com.dashjoin.jsonata.Jsonata;
import dev.glyphic.domain.json.Json;
import dev.glyphic.domain.workflow.ExpressionFailure;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Domain JSON to and from the plain Java values JSONata works on (Map, List, String, Number, Boolean, null).
 * JSONata computes with doubles, so numbers go in as Long when integral and as Double otherwise, and come back as
 * BigDecimal with no fractional part when they are integral ({@code 4.0} becomes {@code 4}).
 */
final class JsonataValues {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private JsonataValues() {
    }

    static Object toJava(Json value) {
        return switch (value) {
            case Json.Obj o -> {
                Map<String, Object> map = new LinkedHashMap<>();
                o.fields().forEach((key, field) -> map.put(key, toJava(field)));
                yield map;
            }
            case Json.Arr a -> {
                List<Object> list = new ArrayList<>(a.items().size());
                a.items().forEach(item -> list.add(toJava(item)));
                yield list;
            }
            case Json.Str s -> s.value();
            case Json.Num n -> toJavaNumber(n.value());
            case Json.Bool b -> b.value();
            case Json.Null n -> null;
        };
    }

    private static Number toJavaNumber(BigDecimal value) {
        boolean integral = value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        if (integral && value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return value.longValueExact();
        }
        return value.doubleValue();
    }

    /** @throws ExpressionFailure when the value is not JSON: a function, or a number that is not finite */
    static Json toJson(Object value) {
        return toJson(value, new long[] {Long.MAX_VALUE});
    }

    /**
     * As {@link #toJson(Object)}, converting at most {@code maxValues} values (every nested item, entry and scalar):
     * the library's ranges are lazy, so a result may be far larger than what evaluating it cost.
     *
     * @throws ExpressionFailure also when the result holds more values than that
     */
    static Json toJson(Object value, long maxValues) {
        return toJson(value, new long[] {maxValues});
    }

    private static Json toJson(Object value, long[] left) {
        if (--left[0] < 0) {
            throw new ExpressionFailure(ExpressionLimits.TOO_LARGE + ": the result holds more values than an"
                    + " expression may yield");
        }
        if (value == null || value == Jsonata.NULL_VALUE) {
            return Json.NULL;
        }
        return switch (value) {
            case String s -> Json.of(s);
            case Boolean b -> Json.of(b);
            case Number n -> new Json.Num(toDecimal(n));
            case Map<?, ?> map -> {
                Map<String, Json> fields = new LinkedHashMap<>();
                map.forEach((key, field) -> fields.put(String.valueOf(key), toJson(field, left)));
                yield new Json.Obj(fields);
            }
            case List<?> list -> {
                List<Json> items = new ArrayList<>(list.size());
                list.forEach(item -> items.add(toJson(item, left)));
                yield new Json.Arr(items);
            }
            default -> throw new ExpressionFailure(
                    "expression yields a function or other non-JSON value, not data");
        };
    }

    private static BigDecimal toDecimal(Number number) {
        BigDecimal decimal = switch (number) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            default -> {
                double d = number.doubleValue();
                if (!Double.isFinite(d)) {
                    throw new ExpressionFailure("expression yields a number that is not finite");
                }
                yield BigDecimal.valueOf(d);
            }
        };
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.scale() <= 0 ? stripped.setScale(0) : stripped;
    }
}
