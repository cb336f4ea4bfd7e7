package dev.glyphic.application.mail;

import dev.glyphic.application.port.out.mail.MailMessage;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.org.Invitation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The mails Glyphic writes, each with one link under the operator's public URL. The secret travels in the link's
 * fragment ({@code #token=…}): browsers never send a fragment to the server, so it stays out of access logs and
 * proxies; the page there reads it and POSTs it to the API. The token is also printed on its own line for
 * people who use the API directly.
 */
public final class Letters {
    private final String publicUrl;

    /** @param publicUrl where people reach Glyphic, e.g. {@code https://glyphic.example.com} */
    public Letters(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public MailMessage verifyEmail(Email to, String token) {
        String link = link("/verify-email", token);
        return new MailMessage("verify_email", to, "Confirm your email address for Glyphic", """
                Hello,

                someone, hopefully you, signed up to Glyphic with this address. To confirm it, open
                %s

                or send this token to POST /api/v1/auth/verify-email:
                %s

                The link works once, for 24 hours. If you did not sign up, ignore this mail.
                """.formatted(link, token), link);
    }

    public MailMessage resetPassword(Email to, String token) {
        String link = link("/reset-password", token);
        return new MailMessage("reset_password", to, "Reset your Glyphic password", """
                Hello,

                someone asked to reset the password of the Glyphic account of this address. To choose a new
                password, open
                %s

                or send this token with the new password to POST /api/v1/auth/password-reset/confirm:
                %s

                The link works once, for 30 minutes, and signs you out everywhere. If you did not ask for it,
                ignore this mail: your password stays as it is.
                """.formatted(link, token), link);
    }

    public MailMessage invitation(Invitation invitation, String orgName, String token) {
        String link = link("/invitations/accept", token);
        return new MailMessage("invitation", invitation.email(), "You are invited to " + orgName + " on Glyphic", """
                Hello,

                you are invited to join %s on Glyphic as %s. Sign in (or sign up) with this address, confirm it,
                and open
                %s

                or send this token to POST /api/v1/invitations/accept:
                %s

                The invitation works once, until %s.
                """.formatted(orgName, invitation.role().wireName(), link, token, invitation.expiresAt()), link);
    }

    private String link(String path, String token) {
        return publicUrl + path + "#token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
