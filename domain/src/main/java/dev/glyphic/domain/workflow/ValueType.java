package dev.glyphic.domain.workflow;

import java.util.Locale;

/** What flows along an edge. {@code ANY} fits everything; {@code JSON} takes any JSON value, media excepted. */
public enum ValueType {
    ANY, JSON, TEXT, NUMBER, BOOLEAN, MEDIA;

    /** Whether a value of type {@code produced} may enter a handle of this type. */
    public boolean accepts(ValueType produced) {
        if (this == ANY || produced == ANY || this == produced) {
            return true;
        }
        return this == JSON && produced != MEDIA;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
