package dev.glyphic.domain.execution;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.UUID;

/**
 * The key a side-effecting node hands downstream (as an {@code Idempotency-Key} header, a deduplication id) so that
 * doing its step twice has the effect of doing it once.
 *
 * <p>It names the <em>logical step</em>: execution, node, and manual-retry generation, but not the attempt. An
 * attempt re-claimed after a worker vanished may follow one that half-ran (the request sent, the answer lost), and
 * only the same key lets the downstream recognise the repeat; so automatic retries, lost leases and released claims
 * all keep it. A manual retry from the failed node gets a new generation and so a new key: a person has decided the
 * step must really be done again, and a downstream that remembered the failed answer under the old key would
 * otherwise just repeat it.
 *
 * <p>It is a name-based UUID (version 8 from SHA-256, as in RFC 9562 appendix B.2): fixed length and opaque, so it
 * fits any header limit, passes downstreams that insist on a UUID, and tells a third party nothing about the
 * workflow.
 */
public record IdempotencyKey(UUID value) {
    private static final byte[] NAMESPACE = "glyphic/node-run/v1".getBytes(StandardCharsets.UTF_8);

    public IdempotencyKey {
        Objects.requireNonNull(value);
    }

    public static IdempotencyKey of(ExecutionId executionId, String nodeId, int retryGeneration) {
        byte[] node = nodeId.getBytes(StandardCharsets.UTF_8);
        // The fixed-length parts come first and the node id last, so no two inputs encode alike.
        ByteBuffer name = ByteBuffer.allocate(NAMESPACE.length + 16 + 4 + node.length)
                .put(NAMESPACE)
                .putLong(executionId.value().getMostSignificantBits())
                .putLong(executionId.value().getLeastSignificantBits())
                .putInt(retryGeneration)
                .put(node);
        ByteBuffer hash = ByteBuffer.wrap(sha256(name.array()));
        long msb = (hash.getLong() & ~0xF000L) | 0x8000L;
        long lsb = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new IdempotencyKey(new UUID(msb, lsb));
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
