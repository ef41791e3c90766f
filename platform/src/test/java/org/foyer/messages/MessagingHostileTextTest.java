package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.ConversationView;
import org.junit.jupiter.api.Test;

/**
 * Hostile text through the real service and database: kept exactly as typed (never evaluated as EL
 * or a template), and inert once turned into page HTML.
 */
class MessagingHostileTextTest {

  static final String HOSTILE =
      "<script>alert(1)</script> <img src=x onerror=alert(2)> #{1+1} ${7*7}"
          + " #set($x = 'pwned')$x \u202Egnp.exe";

  final MessagingWorld world = new MessagingWorld("hostile");

  @Test
  void hostileTextComesBackAsTypedAndInertInHtml() {
    String longLine = "x".repeat(19_800);
    ConversationSummary started =
        world.in(
            () ->
                world.messaging.start(
                    world.joLogin,
                    world.jo,
                    new NewConversation(
                        "<b>#{1+1}</b> ${7*7}\u202Efdp.exe",
                        HOSTILE + "\n" + longLine,
                        world.jo,
                        false,
                        null)));

    ConversationView opened =
        world.in(() -> world.messaging.open(world.therapist, started.id(), null, null));
    // Shown as typed (the page escapes it), but never read backwards in a list.
    assertThat(opened.conversation().subject()).isEqualTo("<b>#{1+1}</b> ${7*7}fdp.exe");
    MessageView message = opened.messages().get(0);
    assertThat(message.body()).isEqualTo(HOSTILE + "\n" + longLine);

    String html = message.html();
    assertThat(html)
        .doesNotContain("<script", "<img", "\u202E", "pwned'")
        .contains("&lt;script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "#{1+1}", "${7*7}")
        .contains("$x = &#39;pwned&#39;")
        .contains(longLine);
  }
}
