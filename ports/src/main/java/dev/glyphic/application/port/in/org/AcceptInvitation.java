package dev.glyphic.application.port.in.org;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.org.Membership;

/** The invited person, signed in with the invited address, joins the organization. */
public interface AcceptInvitation {

    Membership accept(Caller caller, String token);
}
