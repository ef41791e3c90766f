package org.foyer.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.access.Caller;
import org.foyer.core.persistence.Transactional;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.invitation.ClientInvitations;
import org.foyer.portal.invitation.InvitationSent;

/**
 * Invites a client who has no portal login yet and sends the intake packet with the invitation, in
 * one transaction: either the client is invited with the forms waiting, or neither happened. The
 * invitation's own email is the only one sent.
 */
@ApplicationScoped
public class InvitationWithPacket {

  private ClientInvitations invitations;
  private IntakeSending sending;

  protected InvitationWithPacket() {}

  @Inject
  public InvitationWithPacket(ClientInvitations invitations, IntakeSending sending) {
    this.invitations = invitations;
    this.sending = sending;
  }

  @Transactional
  public SendResult inviteAndSend(
      Caller caller,
      UUID clientId,
      String email,
      Relationship relationship,
      UUID packetId,
      Set<UUID> excluded) {
    InvitationSent invited = invitations.invite(caller, clientId, email, relationship);
    SendResult sent = sending.sendPacket(caller, invited.clientId(), packetId, excluded, false);
    return new SendResult(sent.assignmentId(), sent.forms(), 1);
  }
}
