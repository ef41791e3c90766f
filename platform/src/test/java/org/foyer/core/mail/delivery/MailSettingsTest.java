package org.foyer.core.mail.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.foyer.core.runtime.RuntimeSettings;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

  static MailSettings mail(Map<String, String> values) {
    return MailSettings.read(name -> Optional.ofNullable(values.get(name)));
  }

  static RuntimeSettings runtime(String mode) {
    return RuntimeSettings.read(
        name -> Optional.ofNullable(Map.of(RuntimeSettings.MODE, mode).get(name)));
  }

  @Test
  void withoutAnSmtpHostMailIsCapturedInDevelopment() {
    MailSettings settings = mail(Map.of());
    assertThat(settings.captures()).isTrue();
    assertThat(settings.publicUrl()).isEqualTo("http://localhost:8080");
    assertThat(settings.smtpPort()).isEqualTo(587);
    assertThat(settings.startTls()).isTrue();
    assertThat(MailerProducer.choose(settings, runtime("development")))
        .isInstanceOf(CapturingMailer.class);
  }

  @Test
  void withoutAPublicUrlLinksFollowThePortFoyerListensOn() {
    assertThat(mail(Map.of(RuntimeSettings.PORT, "9191")).link("/p/demo/x"))
        .isEqualTo("http://localhost:9191/p/demo/x");
    assertThat(
            mail(Map.of(RuntimeSettings.PORT, "9191", MailSettings.PUBLIC_URL, "https://a.example"))
                .publicUrl())
        .isEqualTo("https://a.example");
  }

  @Test
  void productionNeverCapturesEvenIfStartUpChecksWereBypassed() {
    assertThatThrownBy(() -> MailerProducer.choose(mail(Map.of()), runtime("production")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("FOYER_SMTP_HOST is not set");
  }

  @Test
  void aConfiguredHostSendsThroughSmtpInEveryMode() {
    Map<String, String> values = new HashMap<>();
    values.put(MailSettings.SMTP_HOST, " smtp.example.org ");
    values.put(MailSettings.SMTP_PORT, "2525");
    values.put(MailSettings.SMTP_USERNAME, "foyer");
    values.put(MailSettings.SMTP_STARTTLS, "false");
    MailSettings settings = mail(values);
    assertThat(settings.smtpHost()).contains("smtp.example.org");
    assertThat(settings.smtpPort()).isEqualTo(2525);
    assertThat(settings.smtpUsername()).contains("foyer");
    assertThat(settings.startTls()).isFalse();
    assertThat(MailerProducer.choose(settings, runtime("production")))
        .isInstanceOf(SmtpMailer.class);
    assertThat(MailerProducer.choose(settings, runtime("development")))
        .isInstanceOf(SmtpMailer.class);
  }

  @Test
  void aBlankHostMeansNoHost() {
    assertThat(mail(Map.of(MailSettings.SMTP_HOST, "   ")).captures()).isTrue();
  }

  @Test
  void thePublicUrlMustBeAWebAddressAndLosesItsTrailingSlash() {
    assertThat(mail(Map.of(MailSettings.PUBLIC_URL, "https://portal.example.org//")).publicUrl())
        .isEqualTo("https://portal.example.org");
    assertThat(mail(Map.of(MailSettings.PUBLIC_URL, "https://example.org/foyer")).publicUrl())
        .isEqualTo("https://example.org/foyer");
    for (String bad :
        new String[] {
          "portal.example.org",
          "ftp://example.org",
          "javascript:alert(1)",
          "https://",
          "https://a.org/?q=1",
          "https://a.org/#f",
          "http://exa mple.org"
        }) {
      assertThatThrownBy(() -> mail(Map.of(MailSettings.PUBLIC_URL, bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("FOYER_PUBLIC_URL must be");
    }
  }

  @Test
  void aPortOutsideTheTcpRangeIsRefused() {
    assertThatThrownBy(() -> mail(Map.of(MailSettings.SMTP_PORT, "70000")))
        .hasMessageContaining("FOYER_SMTP_PORT");
    assertThatThrownBy(() -> mail(Map.of(MailSettings.SMTP_PORT, "0")))
        .hasMessageContaining("FOYER_SMTP_PORT");
  }

  @Test
  void smtpDeliveryNeedsAHost() {
    assertThatThrownBy(() -> new SmtpMailer(mail(Map.of())))
        .hasMessageContaining("FOYER_SMTP_HOST");
  }
}
