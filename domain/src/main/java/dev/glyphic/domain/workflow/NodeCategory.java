package dev.glyphic.domain.workflow;

import java.util.Locale;

public enum NodeCategory {
    TRIGGER, ACTION, DATA, LOGIC, FLOW, CONTENT, INTEGRATION;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
