package org.foyer.messages;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A conversation as someone starts it, on the portal, the staff pages and the API alike.
 *
 * @param client for staff (and the API): the client it is about; a portal page uses the profile it
 *     acts for
 * @param keepFromGuardians staff only: keep the conversation from the client's guardians
 * @param contact staff only: the one person acting for the client it is with (their contact id
 *     under the client, the client's own link for the client alone); null for everyone whose link
 *     permits messages
 */
public record NewConversation(
    @NotNull(message = "{message.subject.required}")
        @Pattern(regexp = Blank.NOT, message = "{message.subject.required}")
        @Size(max = MessageLimits.SUBJECT_LENGTH, message = "{foyer.tooLong}")
        String subject,
    @NotNull(message = "{message.body.required}")
        @Pattern(regexp = Blank.NOT, message = "{message.body.required}")
        @Size(max = MessageLimits.BODY_LENGTH, message = "{foyer.tooLong}")
        String body,
    java.util.UUID client,
    boolean keepFromGuardians,
    java.util.UUID contact) {

  /**
   * Written out rather than implicit so that the components' constraints are not copied onto its
   * parameters: Payara's OpenAPI scanner fails on a constrained parameter that is not a JAX-RS
   * parameter (payara/Payara#7649), as ClientDetails explains. Validation reads the fields.
   */
  public NewConversation(
      String subject,
      String body,
      java.util.UUID client,
      boolean keepFromGuardians,
      java.util.UUID contact) {
    this.subject = subject;
    this.body = body;
    this.client = client;
    this.keepFromGuardians = keepFromGuardians;
    this.contact = contact;
  }
}
