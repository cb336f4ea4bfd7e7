package dev.glyphic.integrations.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.vault.SecretSealing.Unreadable;
import dev.glyphic.application.port.out.vault.SecretSealing.WrappedKey;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.vault.SecretAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sealed secrets open only where they were sealed, with the key they were sealed with; anything changed is refused;
 * data keys survive a master-key rotation. The byte offsets below follow the record format in
 * {@link EnvelopeSealing}: {@code [format][version 4][nonce 12][ciphertext][tag 16]}.
 */
class EnvelopeSealingTest {
    private static final byte[] SECRET = "xoxb-slack-token-0123".getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_AT = 5;
    private static final int CIPHERTEXT_AT = 17;

    private final byte[] oldMaster = random(32);
    private final EnvelopeSealing sealing = new EnvelopeSealing(MasterKeys.single(oldMaster));
    private final OrgId org = OrgId.random();
    private final WrappedKey key = sealing.newDataKey(org, 1);
    private final SecretAddress address = new SecretAddress(org, "integration_connections", UUID.randomUUID(),
            "credentials");

    @Test
    void aSealedSecretOpensAtItsAddressAndTheRecordHidesIt() {
        byte[] sealed = sealing.seal(key, address, SECRET);

        assertArrayEquals(SECRET, sealing.open(key, address, sealed));
        assertEquals(-1, indexOf(sealed, SECRET), "the plaintext is not in the record");
        assertEquals(1, sealed[0], "format version");
        assertEquals(1, ByteBuffer.wrap(sealed, 1, 4).getInt(), "the data key's version");
        assertNotEquals(ByteBuffer.wrap(sealed), ByteBuffer.wrap(sealing.seal(key, address, SECRET)),
                "a fresh nonce each time");
    }

    @Test
    void aChangedCiphertextNonceTagOrHeaderIsRefused() {
        byte[] sealed = sealing.seal(key, address, SECRET);

        for (int at : new int[] {0, 2, NONCE_AT, NONCE_AT + 11, CIPHERTEXT_AT, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 0x01;
            assertThrows(Unreadable.class, () -> sealing.open(key, address, changed), "byte " + at + " changed");
        }
        assertThrows(Unreadable.class, () -> sealing.open(key, address, new byte[3]), "too short");
    }

    @Test
    void aSecretMovedToAnotherOrgRecordOrFieldDoesNotOpen() {
        byte[] sealed = sealing.seal(key, address, SECRET);
        OrgId other = OrgId.random();

        assertThrows(Unreadable.class, () -> sealing.open(key, new SecretAddress(org, address.table(),
                UUID.randomUUID(), address.field()), sealed), "another row");
        assertThrows(Unreadable.class, () -> sealing.open(key, new SecretAddress(org, address.table(),
                address.recordId(), "refresh_token"), sealed), "another field");
        assertThrows(Unreadable.class, () -> sealing.open(key, new SecretAddress(org, "user_secrets",
                address.recordId(), address.field()), sealed), "another table");
        WrappedKey theirs = sealing.newDataKey(other, 1);
        assertThrows(Unreadable.class, () -> sealing.open(theirs, new SecretAddress(other, address.table(),
                address.recordId(), address.field()), sealed), "another org, with its own key");
        assertThrows(Unreadable.class, () -> sealing.open(theirs, address, sealed), "another org's key");
    }

    @Test
    void aDataKeyIsBoundToItsOrgAndVersion() {
        WrappedKey copiedToAnotherOrg = new WrappedKey(OrgId.random(), 1, key.masterKeyId(), key.wrapped());
        WrappedKey relabelled = new WrappedKey(org, 2, key.masterKeyId(), key.wrapped());

        assertThrows(Unreadable.class, () -> sealing.seal(copiedToAnotherOrg, new SecretAddress(
                copiedToAnotherOrg.orgId(), "t", UUID.randomUUID(), "f"), SECRET));
        assertThrows(Unreadable.class, () -> sealing.seal(relabelled, address, SECRET));
        byte[] sealed = sealing.seal(key, address, SECRET);
        assertThrows(Unreadable.class, () -> sealing.open(sealing.newDataKey(org, 2), address, sealed),
                "sealed with version 1, opened with version 2");
    }

    @Test
    void aRotatedMasterKeyRewrapsDataKeysAndTheOldSecretsStillOpen() {
        byte[] sealed = sealing.seal(key, address, SECRET);
        byte[] newMaster = random(32);
        String oldId = MasterKeys.fingerprint(oldMaster);
        EnvelopeSealing rotated = new EnvelopeSealing(new MasterKeys("2026-12", Map.of("2026-12", newMaster,
                oldId, oldMaster)));

        WrappedKey rewrapped = rotated.rewrap(key);

        assertEquals("2026-12", rewrapped.masterKeyId());
        assertArrayEquals(SECRET, rotated.open(rewrapped, address, sealed));
        assertSame(rewrapped, rotated.rewrap(rewrapped), "already under the active key");
        EnvelopeSealing afterTheOldKeyIsGone = new EnvelopeSealing(new MasterKeys("2026-12",
                Map.of("2026-12", newMaster)));
        assertArrayEquals(SECRET, afterTheOldKeyIsGone.open(rewrapped, address, sealed));
        Unreadable lost = assertThrows(Unreadable.class, () -> afterTheOldKeyIsGone.open(key, address, sealed));
        assertTrue(lost.getMessage().contains(oldId), lost.getMessage());
    }

    @Test
    void aShreddedDataKeyLeavesItsSecretsUnreadable() {
        byte[] sealed = sealing.seal(key, address, SECRET);
        WrappedKey replacement = sealing.newDataKey(org, 1);

        assertThrows(Unreadable.class, () -> sealing.open(replacement, address, sealed),
                "with the org's key destroyed, no other key of the same org and version opens its secrets");
    }

    @Test
    void noNonceRepeatsOverAMillionSeals() {
        Set<ByteBuffer> nonces = new HashSet<>();
        byte[] small = {42};
        for (int i = 0; i < 1_000_000; i++) {
            byte[] sealed = sealing.seal(key, address, small);
            nonces.add(ByteBuffer.wrap(sealed, NONCE_AT, 12).slice());
        }
        assertEquals(1_000_000, nonces.size());
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
