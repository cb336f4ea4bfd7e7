package dev.glyphic.integrations.crypto;

import dev.glyphic.application.port.out.vault.SecretSealing;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.vault.SecretAddress;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.gcm.BasicGCMMultiplier;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * {@link SecretSealing} with AES-256-GCM (BouncyCastle): 96-bit random nonces, 128-bit tags, and associated data that
 * binds a wrapped data key to its org and version, and a sealed secret to its address and data-key version.
 *
 * <p>A wrapped data key: {@code [1][nonce 12][key 32 + tag 16]}, its master key's id stored beside it. A sealed
 * secret: {@code [1][data-key version, 4 bytes][nonce 12][ciphertext + tag 16]}. The leading byte is the format's
 * version, so a later format can be read beside this one.
 */
public final class EnvelopeSealing implements SecretSealing {
    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int DATA_KEY_BYTES = 32;

    private final MasterKeys masterKeys;
    private final SecureRandom random = new SecureRandom();

    public EnvelopeSealing(MasterKeys masterKeys) {
        this.masterKeys = masterKeys;
    }

    @Override
    public WrappedKey newDataKey(OrgId orgId, int version) {
        byte[] dataKey = new byte[DATA_KEY_BYTES];
        random.nextBytes(dataKey);
        try {
            return wrap(orgId, version, dataKey);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    @Override
    public WrappedKey rewrap(WrappedKey key) {
        if (key.masterKeyId().equals(masterKeys.activeId())) {
            return key;
        }
        byte[] dataKey = unwrap(key);
        try {
            return wrap(key.orgId(), key.version(), dataKey);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    @Override
    public byte[] seal(WrappedKey key, SecretAddress address, byte[] plaintext) {
        requireSameOrg(key, address);
        byte[] dataKey = unwrap(key);
        try {
            byte[] nonce = nonce();
            byte[] sealed = gcm(true, dataKey, nonce, secretData(address, key.version()), plaintext);
            return ByteBuffer.allocate(1 + 4 + NONCE_BYTES + sealed.length).put(FORMAT).putInt(key.version())
                    .put(nonce).put(sealed).array();
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encryption does not check a tag", e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    @Override
    public byte[] open(WrappedKey key, SecretAddress address, byte[] sealed) {
        requireSameOrg(key, address);
        if (sealed.length < 1 + 4 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new Unreadable("not a sealed secret of format " + FORMAT);
        }
        ByteBuffer record = ByteBuffer.wrap(sealed);
        record.get();
        int version = record.getInt();
        if (version != key.version()) {
            throw new Unreadable("sealed with data key version " + version + ", not " + key.version());
        }
        byte[] nonce = new byte[NONCE_BYTES];
        record.get(nonce);
        byte[] ciphertext = new byte[record.remaining()];
        record.get(ciphertext);
        byte[] dataKey = unwrap(key);
        try {
            return gcm(false, dataKey, nonce, secretData(address, version), ciphertext);
        } catch (InvalidCipherTextException e) {
            throw new Unreadable("the secret does not open at " + address.table() + "." + address.field()
                    + ": changed, or sealed for another place");
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private WrappedKey wrap(OrgId orgId, int version, byte[] dataKey) {
        byte[] nonce = nonce();
        try {
            byte[] wrapped = gcm(true, masterKeys.active(), nonce, keyData(orgId, version), dataKey);
            return new WrappedKey(orgId, version, masterKeys.activeId(), ByteBuffer
                    .allocate(1 + NONCE_BYTES + wrapped.length).put(FORMAT).put(nonce).put(wrapped).array());
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("encryption does not check a tag", e);
        }
    }

    private byte[] unwrap(WrappedKey key) {
        byte[] master = masterKeys.byId(key.masterKeyId()).orElseThrow(() -> new Unreadable("the org's data key "
                + "is wrapped by master key " + key.masterKeyId() + ", which is not configured"));
        byte[] wrapped = key.wrapped();
        if (wrapped.length != 1 + NONCE_BYTES + DATA_KEY_BYTES + TAG_BITS / 8 || wrapped[0] != FORMAT) {
            throw new Unreadable("not a wrapped data key of format " + FORMAT);
        }
        try {
            return gcm(false, master, Arrays.copyOfRange(wrapped, 1, 1 + NONCE_BYTES),
                    keyData(key.orgId(), key.version()), Arrays.copyOfRange(wrapped, 1 + NONCE_BYTES, wrapped.length));
        } catch (InvalidCipherTextException e) {
            throw new Unreadable("the data key does not unwrap: changed, or wrapped for another org or version");
        }
    }

    private byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    private static byte[] gcm(boolean encrypt, byte[] key, byte[] nonce, byte[] associated, byte[] input)
            throws InvalidCipherTextException {
        // No multiplier tables: a secret is a few blocks under a key used once per call, and the default tables'
        // set-up (4 KiB per key) costs more than it saves on so little.
        GCMModeCipher cipher = GCMBlockCipher.newInstance(AESEngine.newInstance(), new BasicGCMMultiplier());
        cipher.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, associated));
        byte[] output = new byte[cipher.getOutputSize(input.length)];
        int length = cipher.processBytes(input, 0, input.length, output, 0);
        length += cipher.doFinal(output, length);
        return length == output.length ? output : Arrays.copyOf(output, length);
    }

    private static void requireSameOrg(WrappedKey key, SecretAddress address) {
        if (!key.orgId().equals(address.orgId())) {
            throw new Unreadable("a data key of one org is never used for another org's secret");
        }
    }

    /** What a wrapped data key is bound to. Every part is length-prefixed, so no two bindings read alike. */
    private static byte[] keyData(OrgId orgId, int version) {
        return associated("glyphic data key", orgId.value().toString(), Integer.toString(version));
    }

    private static byte[] secretData(SecretAddress a, int version) {
        return associated("glyphic secret", a.orgId().value().toString(), a.table(), a.recordId().toString(),
                a.field(), Integer.toString(version));
    }

    private static byte[] associated(String... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
