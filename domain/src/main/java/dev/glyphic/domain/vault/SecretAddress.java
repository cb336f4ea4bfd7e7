package dev.glyphic.domain.vault;

import dev.glyphic.domain.org.OrgId;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a secret lives: the org, the table and row that hold it, and the field. A sealed secret is bound to its
 * address (as authenticated data), so a ciphertext copied into another org's row, another row or another field does
 * not open there.
 */
public record SecretAddress(OrgId orgId, String table, UUID recordId, String field) {
    public SecretAddress {
        Objects.requireNonNull(orgId);
        Objects.requireNonNull(recordId);
        if (table == null || table.isBlank() || field == null || field.isBlank()) {
            throw new IllegalArgumentException("a secret's address names its table and field");
        }
    }
}
