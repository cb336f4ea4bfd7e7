package dev.glyphic.application.port.out.vault;

import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.vault.SecretAddress;
import java.util.Objects;

/**
 * Envelope encryption: each org has data keys of its own, stored only wrapped by a master key; secrets are sealed
 * with an org's data key and bound to their {@link SecretAddress}. The cryptography lives behind this port; storing
 * the wrapped keys and the sealed secrets is the caller's (persistence's) business.
 */
public interface SecretSealing {

    /**
     * An org's data key as stored: wrapped by the master key {@code masterKeyId}, bound to the org.
     *
     * @param version the org's key generation, written into every secret sealed with it
     */
    record WrappedKey(OrgId orgId, int version, String masterKeyId, byte[] wrapped) {
        public WrappedKey {
            Objects.requireNonNull(orgId);
            Objects.requireNonNull(masterKeyId);
            wrapped = wrapped.clone();
        }

        @Override
        public byte[] wrapped() {
            return wrapped.clone();
        }
    }

    /** A ciphertext that does not open: tampered with, moved to another address, or its key is gone. */
    final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message);
        }
    }

    /** A new random data key for the org, wrapped by the current master key. */
    WrappedKey newDataKey(OrgId orgId, int version);

    /** The same data key wrapped by the current master key (a master-key rotation), or as it was if it already is. */
    WrappedKey rewrap(WrappedKey key);

    /** Seals the secret with the org's data key, bound to its address; the record names the key's version. */
    byte[] seal(WrappedKey key, SecretAddress address, byte[] plaintext);

    /**
     * Opens a sealed secret at its address with the data key whose version it names.
     *
     * @throws Unreadable if the record was changed, belongs elsewhere, or was sealed with another key
     */
    byte[] open(WrappedKey key, SecretAddress address, byte[] sealed);
}
