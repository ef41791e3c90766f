package org.foyer.mail;

import java.util.function.Consumer;
import org.foyer.messages.MessageNoticesDue;

/** Lets tests of other packages stand in for the container delivering notices to the mail. */
public final class MessageMailObservers {

  private MessageMailObservers() {}

  public static Consumer<MessageNoticesDue> observing(MessageMail mail) {
    return mail::onNoticesDue;
  }
}
