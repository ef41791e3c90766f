package org.foyer.messages;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A reply in a conversation. */
public record NewMessage(
    @NotNull(message = "{message.body.required}")
        @Pattern(regexp = Blank.NOT, message = "{message.body.required}")
        @Size(max = MessageLimits.BODY_LENGTH, message = "{foyer.tooLong}")
        String body) {

  /**
   * Written out for the reason {@link NewConversation}'s constructor gives (payara/Payara#7649).
   */
  public NewMessage(String body) {
    this.body = body;
  }
}
