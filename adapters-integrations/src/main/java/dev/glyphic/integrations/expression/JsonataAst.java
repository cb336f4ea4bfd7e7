package dev.glyphic.integrations.expression;

import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Parser;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Reaches into a parsed expression's syntax tree, which the library keeps package-private, to swap the regular
 * expressions it compiled (java.util.regex, backtracking, not interruptible) for linear-time ones before anything
 * runs. Reflection rather than a class in the library's package, so that it fails loudly in the adapter's tests
 * (never silently) should the library's internals change.
 */
final class JsonataAst {
    private static final Field AST = field(Jsonata.class, "ast");
    private static final Field TYPE = field(Parser.Symbol.class, "type");
    private static final Field VALUE = field(Parser.Symbol.class, "value");
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

    private JsonataAst() {
    }

    /** Replaces the value of every regex literal of the expression with {@code replace}'s answer. */
    static void replaceRegexes(Jsonata compiled, UnaryOperator<Object> replace) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> pending = new ArrayList<>();
        pending.add(get(AST, compiled));
        while (!pending.isEmpty()) {
            Object next = pending.removeLast();
            if (next == null || !seen.add(next)) {
                continue;
            }
            switch (next) {
                case Parser.Symbol symbol -> {
                    if ("regex".equals(get(TYPE, symbol))) {
                        set(VALUE, symbol, replace.apply(get(VALUE, symbol)));
                    }
                    for (Field f : fieldsOf(symbol.getClass())) {
                        pending.add(get(f, symbol));
                    }
                }
                case List<?> list -> pending.addAll(list);
                case Object[] array -> pending.addAll(Arrays.asList(array));
                default -> {
                }
            }
        }
    }

    /** The fields of a tree node that may hold more of the tree: symbols, lists and arrays. */
    private static List<Field> fieldsOf(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    boolean tree = Parser.Symbol.class.isAssignableFrom(f.getType()) || List.class == f.getType()
                            || f.getType().isArray() || f.getType() == Object.class;
                    if (tree && !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                        f.setAccessible(true);
                        fields.add(f);
                    }
                }
            }
            return List.copyOf(fields);
        });
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("the JSONata library changed: " + owner.getName() + " has no " + name, e);
        }
    }

    private static Object get(Field f, Object owner) {
        try {
            return f.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field f, Object owner, Object value) {
        try {
            f.set(owner, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
