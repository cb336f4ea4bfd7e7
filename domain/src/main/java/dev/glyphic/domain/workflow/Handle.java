package dev.glyphic.domain.workflow;

/** A named input or output of a node type, with the type of value it carries. */
public record Handle(String name, ValueType type) {

    public static Handle of(String name, ValueType type) {
        return new Handle(name, type);
    }
}
