package org.foyer.core.mail.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.foyer.core.runtime.RuntimeSettings;

/**
 * Reads the mail settings once and chooses the {@link Mailer}: SMTP when a host is configured,
 * capture otherwise, which production refuses (also checked at start-up by {@code
 * ProductionReadiness}; this second check keeps capture out even if that one were bypassed).
 */
@ApplicationScoped
public class MailerProducer {

  private static final Logger LOG = Logger.getLogger(MailerProducer.class.getName());

  private MailSettings settings;
  private Mailer mailer;

  protected MailerProducer() {}

  @Inject
  public MailerProducer(RuntimeSettings runtime) {
    this.settings =
        MailSettings.read(name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
    this.mailer = choose(settings, runtime);
  }

  /** The mailer for the settings; refuses capture in production. */
  public static Mailer choose(MailSettings settings, RuntimeSettings runtime) {
    if (settings.captures()) {
      if (runtime.isProduction()) {
        throw new IllegalStateException(
            "FOYER_SMTP_HOST is not set: production never captures mail");
      }
      LOG.info("No FOYER_SMTP_HOST: mail is captured for the development mail page, not sent");
      return new CapturingMailer();
    }
    return new SmtpMailer(settings);
  }

  @Produces
  public MailSettings settings() {
    return settings;
  }

  @Produces
  @ApplicationScoped
  public Mailer mailer() {
    return mailer;
  }
}
