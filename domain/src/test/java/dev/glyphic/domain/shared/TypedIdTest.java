package dev.glyphic.domain.shared;

import static dev.glyphic.domain.DomainAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.glyphic.domain.identity.SessionId;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedIdTest {
    private static final String VALID = "0196a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b";

    @ParameterizedTest
    @ValueSource(strings = {
            "not-a-uuid",
            "0196a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2",   // 35 characters
            "0196a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b0", // 37 characters
            "0196a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2g",  // not hex
            "0196a1b2c3d47e5f8a6b7c8d9e0f1a2b",      // no hyphens
            " 0196a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2",  // padded to 36
            "+196a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b",  // a sign the JDK would accept
            "0196a1b2c3d47-e5f-8a6b-7c8d-9e0f1a2b"   // hyphens in the wrong places, 36 characters
    })
    @NullAndEmptySource
    void aMalformedIdIsAValidationErrorNeverAJdkException(String raw) {
        Violation violation = assertInvalid("malformed_id", () -> OrgId.parse(raw));
        assertTrue(violation.message().startsWith("organization id"), violation.message());
    }

    @Test
    void theLengthChecksAreAboutOneCharacterEitherSide() {
        assertEquals(35, VALID.substring(1).length());
        assertEquals(37, (VALID + "0").length());
        assertInvalid("malformed_id", () -> OrgId.parse(VALID.substring(1)));
        assertInvalid("malformed_id", () -> OrgId.parse(VALID + "0"));
    }

    @Test
    void anOrgIdRoundTripsThroughItsText() {
        OrgId id = OrgId.random();
        assertEquals(id, OrgId.parse(id.toString()));
        assertEquals(VALID, OrgId.parse(VALID).toString());
    }

    @Test
    void upperCaseHexNamesTheSameId() {
        assertEquals(OrgId.parse(VALID), OrgId.parse(VALID.toUpperCase(Locale.ROOT)));
    }

    @Test
    void everyTypedIdRoundTripsThroughItsText() {
        UserId user = UserId.random();
        WorkspaceId workspace = WorkspaceId.random();
        ApiKeyId apiKey = ApiKeyId.random();
        InvitationId invitation = InvitationId.random();
        SessionId session = SessionId.random();
        assertEquals(user, UserId.parse(user.toString()));
        assertEquals(workspace, WorkspaceId.parse(workspace.toString()));
        assertEquals(apiKey, ApiKeyId.parse(apiKey.toString()));
        assertEquals(invitation, InvitationId.parse(invitation.toString()));
        assertEquals(session, SessionId.parse(session.toString()));
    }

    @Test
    void eachTypedIdNamesItselfWhenMalformed() {
        assertTrue(assertInvalid("malformed_id", () -> UserId.parse("x")).message().startsWith("user id"));
        assertTrue(assertInvalid("malformed_id", () -> WorkspaceId.parse("x")).message().startsWith("workspace id"));
        assertTrue(assertInvalid("malformed_id", () -> ApiKeyId.parse("x")).message().startsWith("API key id"));
        assertTrue(assertInvalid("malformed_id", () -> InvitationId.parse("x")).message().startsWith("invitation"));
        assertTrue(assertInvalid("malformed_id", () -> SessionId.parse("x")).message().startsWith("session id"));
    }

    @Test
    void randomIdsAreTimeOrderedAndDistinct() {
        OrgId a = OrgId.random();
        OrgId b = OrgId.random();
        assertEquals(7, a.value().version());
        assertNotEquals(a, b);
    }

    @Test
    void theSharedParserReturnsThePlainUuid() {
        assertEquals(UUID.fromString(VALID), TypedId.parse(VALID, "thing"));
    }
}
