package org.foyer.core.mail.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** SMTP delivery with authentication against GreenMail. */
class SmtpMailerTest {

  @RegisterExtension
  static final GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("foyer", "s3cret-smtp"));

  static SmtpMailer mailer(String password) {
    Map<String, String> values = new HashMap<>();
    values.put(MailSettings.SMTP_HOST, "127.0.0.1");
    values.put(MailSettings.SMTP_PORT, String.valueOf(smtp.getSmtp().getPort()));
    values.put(MailSettings.SMTP_STARTTLS, "false");
    values.put(MailSettings.SMTP_USERNAME, "foyer");
    values.put(MailSettings.SMTP_PASSWORD, password);
    values.put(MailSettings.SMTP_FROM, "Harbour via Foyer <no-reply@foyer.test>");
    return new SmtpMailer(MailSettings.read(name -> Optional.ofNullable(values.get(name))));
  }

  static final UUID KEY = UUID.fromString("5b0c7a0e-4d2f-4c61-9a57-1f3e2d9c8b10");

  static MailEnvelope envelope() {
    return new MailEnvelope(
        KEY, "nia@example.org", "Bienvenue à Foyer", "Open the portal, please.", Optional.empty());
  }

  @Test
  void authenticatedDeliveryKeepsUnicodeSubjectsAndTheSender() throws Exception {
    mailer("s3cret-smtp").send(envelope());

    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("Bienvenue à Foyer");
    assertThat(received.getFrom()[0].toString())
        .isEqualTo("Harbour via Foyer <no-reply@foyer.test>");
    assertThat(received.getContent().toString()).isEqualTo("Open the portal, please.");
  }

  @Test
  void everyAttemptAtOneMessageCarriesTheSameMessageIdSoReceiversDropTheRepeat() throws Exception {
    mailer("s3cret-smtp").send(envelope());
    mailer("s3cret-smtp").send(envelope());

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[0].getMessageID())
        .isEqualTo("<" + KEY + "@foyer.test>")
        .isEqualTo(received[1].getMessageID());
  }

  @Test
  void aRefusedLoginIsADeliveryFailureThatNamesNoContent() {
    assertThatThrownBy(() -> mailer("wrong").send(envelope()))
        .isInstanceOf(MailDeliveryFailure.class)
        .hasMessageStartingWith("SMTP delivery failed")
        .message()
        .doesNotContain("Open the portal", "s3cret", "wrong");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }
}
