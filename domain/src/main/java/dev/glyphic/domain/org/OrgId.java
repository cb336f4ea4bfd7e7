package dev.glyphic.domain.org;

import dev.glyphic.domain.shared.TypedId;
import dev.glyphic.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record OrgId(UUID value) {
    public OrgId {
        Objects.requireNonNull(value, "OrgId value");
    }

    public static OrgId random() {
        return new OrgId(Uuids.v7());
    }

    public static OrgId parse(String raw) {
        return new OrgId(TypedId.parse(raw, "organization id"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
