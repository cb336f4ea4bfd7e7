package dev.glyphic.application.port.in.auth;


/** Trades a refresh token for a new pair; a token presented twice revokes its whole session. */
public interface RefreshSession {

    SessionTokens refresh(String refreshToken);
}
