package org.foyer.messages.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.Message;

/**
 * A conversation as someone starts it, on the portal, the staff pages and the API alike.
 *
 * @param client for staff (and the API): the client it is about; a portal page uses the profile it
 *     acts for
 * @param keepFromGuardians staff only: keep the conversation from the client's guardians
 */
public record NewConversation(
    @NotBlank(message = "{message.subject.required}")
        @Size(max = Conversation.SUBJECT_LENGTH, message = "{foyer.tooLong}")
        String subject,
    @NotBlank(message = "{message.body.required}")
        @Size(max = Message.BODY_LENGTH, message = "{foyer.tooLong}")
        String body,
    java.util.UUID client,
    boolean keepFromGuardians) {}
