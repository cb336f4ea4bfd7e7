package dev.glyphic.domain.workflow;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record TemplateId(UUID value) {
    public TemplateId {
        Objects.requireNonNull(value, "TemplateId value");
    }

    public static TemplateId random() {
        return new TemplateId(Uuids.v7());
    }

    public static TemplateId parse(String raw) {
        return new TemplateId(TypedId.parse(raw, "template id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
