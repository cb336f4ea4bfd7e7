package dev.glyphic.domain.workflow;

import java.util.Locale;

/** The type of a node's configuration field, as a form would render it. */
public enum FieldType {
    /** One line of text. */
    STRING,
    /** Several lines of text (a prompt, a body). */
    TEXT,
    NUMBER,
    INTEGER,
    BOOLEAN,
    /** One of the field's listed values. */
    ENUM,
    /** Any JSON value: an object of headers, a mapping of outputs. */
    JSON,
    /** A list of strings. */
    STRING_LIST,
    /** The name of a stored secret, never the secret itself. */
    SECRET_REF,
    /** The id of another workflow in the same workspace. */
    WORKFLOW_REF;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
