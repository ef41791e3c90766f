package org.foyer.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutgoingMailTest {

  static OutgoingMail to(String recipient) {
    return OutgoingMail.text(MailKind.PORTAL_NOTICE, recipient, "Subject", "Text");
  }

  static InvalidInput refusal(Runnable construction) {
    try {
      construction.run();
    } catch (InvalidInput e) {
      return e;
    }
    throw new AssertionError("the mail was accepted");
  }

  @Test
  void aPlainMessageToOneAddressIsAccepted() {
    OutgoingMail mail = to("ada.lovelace+portal@example.org");
    assertThat(mail.recipient()).isEqualTo("ada.lovelace+portal@example.org");
    assertThat(mail.html()).isEmpty();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "no-at-sign",
        "two@@example.org",
        "a@example.org, b@example.org",
        "a@example.org;b@example.org",
        "Ada <ada@example.org>",
        "ada@example.org\r\nBcc: everyone@example.org",
        "ada@example.org\nX-Header: injected",
        "ada @example.org",
        "ada@-example.org"
      })
  void anythingButOneAddressIsRefusedForTheRecipient(String recipient) {
    assertThat(refusal(() -> to(recipient)).fieldErrors()).containsOnlyKeys("recipient");
  }

  @Test
  void anOversizedAddressIsRefused() {
    String local = "a".repeat(64);
    String domain = "b".repeat(OutboxMessage.RECIPIENT_LENGTH - 64 - 1 - 4 + 1) + ".org";
    assertThat(refusal(() -> to(local + "@" + domain)).fieldErrors()).containsKey("recipient");
    String fits = local + "@" + "b".repeat(OutboxMessage.RECIPIENT_LENGTH - 64 - 1 - 4) + ".org";
    assertThat(to(fits).recipient()).hasSize(OutboxMessage.RECIPIENT_LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Hello\r\nBcc: x@example.org", "Hello\nthere", "a\u2028b"})
  void aSubjectMustBeOneNonBlankLine(String subject) {
    assertThat(
            refusal(() -> OutgoingMail.text(MailKind.PORTAL_NOTICE, "a@example.org", subject, "T"))
                .fieldErrors())
        .containsOnlyKeys("subject");
  }

  @Test
  void subjectTextAndHtmlAreBoundedToTheirColumns() {
    String subject = "s".repeat(OutboxMessage.SUBJECT_LENGTH);
    String text = "t".repeat(OutboxMessage.TEXT_LENGTH);
    String html = "h".repeat(OutboxMessage.HTML_LENGTH);
    assertThat(
            new OutgoingMail(
                MailKind.PORTAL_NOTICE, "a@example.org", subject, text, Optional.of(html)))
        .isNotNull();
    InvalidInput oversized =
        refusal(
            () ->
                new OutgoingMail(
                    MailKind.PORTAL_NOTICE,
                    "a@example.org",
                    subject + "s",
                    text + "t",
                    Optional.of(html + "h")));
    assertThat(oversized.fieldErrors()).containsOnlyKeys("subject", "text", "html");
    assertThat(oversized.fieldErrors().get("text"))
        .isEqualTo("The text must have 1 to 20000 characters");
  }

  @Test
  void blankBodiesAreRefused() {
    assertThat(
            refusal(
                    () ->
                        new OutgoingMail(
                            MailKind.PORTAL_NOTICE, "a@example.org", "S", " ", Optional.of("")))
                .fieldErrors())
        .containsOnlyKeys("text", "html");
  }

  @Test
  void aKindIsRequired() {
    assertThatThrownBy(() -> OutgoingMail.text(null, "a@example.org", "S", "T"))
        .isInstanceOf(NullPointerException.class);
  }
}
