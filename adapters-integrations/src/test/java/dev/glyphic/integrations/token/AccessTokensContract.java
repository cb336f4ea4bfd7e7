package dev.glyphic.integrations.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.application.port.out.auth.AccessTokens;
import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link AccessTokens} must do; {@code JwtAccessTokensTest} runs it. */
abstract class AccessTokensContract {
    protected static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");

    protected final UserId user = UserId.random();
    protected final SessionId session = SessionId.random();

    /** The adapter under test with its clock at {@code now}; every call gives one with the same keys. */
    protected abstract AccessTokens adapterAt(Instant now);

    /** Another server's adapter (its own keys and issuer), clock at {@code now}. */
    protected abstract AccessTokens anotherServerAt(Instant now);

    /** The lifetime the adapter under test is configured with. */
    protected abstract Duration lifetime();

    @Test
    void anIssuedTokenVerifiesToItsClaims() {
        AccessTokens.Issued issued = adapterAt(NOW).issue(user, session, NOW);

        Optional<AccessTokens.Claims> claims = adapterAt(NOW.plusSeconds(60)).verify(issued.token());

        assertEquals(Optional.of(new AccessTokens.Claims(user, session, NOW, NOW.plus(lifetime()))), claims);
        assertEquals(lifetime(), issued.expiresIn());
    }

    @Test
    void aTokenExpiresExactlyAtItsLifetimeOnTheInjectedClock() {
        String token = adapterAt(NOW).issue(user, session, NOW).token();

        assertTrue(adapterAt(NOW.plus(lifetime()).minusSeconds(1)).verify(token).isPresent());
        assertEquals(Optional.empty(), adapterAt(NOW.plus(lifetime())).verify(token));
        assertEquals(Optional.empty(), adapterAt(NOW.plus(Duration.ofDays(1))).verify(token));
    }

    @Test
    void aTokenAnotherServerIssuedIsRejected() {
        String theirs = anotherServerAt(NOW).issue(user, session, NOW).token();

        assertTrue(anotherServerAt(NOW).verify(theirs).isPresent(), "it is valid where it was issued");
        assertEquals(Optional.empty(), adapterAt(NOW).verify(theirs));
    }

    @Test
    void anythingThatIsNotATokenIsRejectedWithoutThrowing() {
        AccessTokens tokens = adapterAt(NOW);

        for (String junk : new String[] {null, "", "   ", "abc", "a.b.c", "gk_b3Jn_c2VjcmV0", "rt_xyz..."}) {
            assertEquals(Optional.empty(), tokens.verify(junk), String.valueOf(junk));
        }
    }
}
