package dev.glyphic.application.auth;

import dev.glyphic.application.port.out.auth.PasswordHash;
import dev.glyphic.application.port.out.auth.PasswordHasher;
import dev.glyphic.domain.identity.NewPassword;
import dev.glyphic.domain.shared.DomainException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets at most {@code permits} password hashes run at once in this instance. Each argon2id hash takes a core and
 * 19 MiB for tens of milliseconds, so an unbounded number of them (sign-ups, sign-ins, password changes from many
 * clients at once) starves every other request of CPU and memory. A hash waits up to {@code queueWait} for a slot;
 * past that the request is refused with {@link DomainException.Overloaded} (503), having done nothing.
 */
public final class BoundedPasswordHasher implements PasswordHasher {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final PasswordHasher hasher;
    private final Semaphore slots;
    private final Duration queueWait;

    public BoundedPasswordHasher(PasswordHasher hasher, int permits, Duration queueWait) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one password hash must be able to run, not " + permits);
        }
        this.hasher = hasher;
        this.slots = new Semaphore(permits, true);
        this.queueWait = queueWait;
    }

    @Override
    public PasswordHash hash(NewPassword password) {
        return bounded(() -> hasher.hash(password));
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        return bounded(() -> hasher.matches(candidate, hash));
    }

    @Override
    public void burnEquivalentTime(String candidate) {
        bounded(() -> {
            hasher.burnEquivalentTime(candidate);
            return null;
        });
    }

    private <T> T bounded(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(queueWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new DomainException.Overloaded("too many password checks at once; try again shortly",
                    RETRY_AFTER);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
