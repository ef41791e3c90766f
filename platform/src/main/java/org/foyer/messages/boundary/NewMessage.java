package org.foyer.messages.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.foyer.messages.entity.Message;

/** A reply in a conversation. */
public record NewMessage(
    @NotBlank(message = "{message.body.required}")
        @Size(max = Message.BODY_LENGTH, message = "{foyer.tooLong}")
        String body) {}
