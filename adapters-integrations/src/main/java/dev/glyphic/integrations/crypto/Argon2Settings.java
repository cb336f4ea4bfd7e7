package dev.glyphic.integrations.crypto;

/**
 * Cost parameters for new argon2id hashes. Stored hashes carry their own parameters, so raising these later only
 * affects hashes written from then on; old ones still verify.
 *
 * @param memoryKib   memory cost in KiB (argon2 {@code m})
 * @param iterations  time cost (argon2 {@code t})
 * @param parallelism lanes (argon2 {@code p})
 */
public record Argon2Settings(int memoryKib, int iterations, int parallelism) {

    /** OWASP Password Storage Cheat Sheet's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
    public static final Argon2Settings OWASP = new Argon2Settings(19_456, 2, 1);

    /** Upper bounds keep a corrupted or hostile stored hash from making one check take minutes or gigabytes. */
    static final int MAX_MEMORY_KIB = 1 << 20;
    static final int MAX_ITERATIONS = 64;
    static final int MAX_PARALLELISM = 16;

    public Argon2Settings {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("argon2 parallelism must be between 1 and " + MAX_PARALLELISM);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("argon2 iterations must be between 1 and " + MAX_ITERATIONS);
        }
        // The argon2 spec requires at least 8 KiB per lane.
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException(
                    "argon2 memory must be between 8 KiB per lane and " + MAX_MEMORY_KIB + " KiB");
        }
    }
}
