package dev.glyphic.domain.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value as the domain sees it: the core reasons about workflow documents without knowing any JSON library.
 * Adapters translate to and from their parser's tree. Objects keep their key order.
 */
public sealed interface Json {

    record Obj(Map<String, Json> fields) implements Json {
        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public Optional<Json> get(String key) {
            return Optional.ofNullable(fields.get(key));
        }
    }

    record Arr(List<Json> items) implements Json {
        public Arr {
            items = List.copyOf(items);
        }
    }

    record Str(String value) implements Json {
    }

    record Num(BigDecimal value) implements Json {
    }

    record Bool(boolean value) implements Json {
    }

    record Null() implements Json {
    }

    Null NULL = new Null();
    Obj EMPTY_OBJECT = new Obj(Map.of());
    Arr EMPTY_ARRAY = new Arr(List.of());

    static Str of(String value) {
        return new Str(value);
    }

    static Num of(long value) {
        return new Num(BigDecimal.valueOf(value));
    }

    static Bool of(boolean value) {
        return new Bool(value);
    }

    /** A short name of the value's JSON type, for messages: "a string", "an object". */
    default String kind() {
        return switch (this) {
            case Obj o -> "an object";
            case Arr a -> "an array";
            case Str s -> "a string";
            case Num n -> "a number";
            case Bool b -> "a boolean";
            case Null n -> "null";
        };
    }
}
