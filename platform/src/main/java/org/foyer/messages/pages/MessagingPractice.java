package org.foyer.messages.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.foyer.messages.entity.MessagingSettings;
import org.foyer.messages.settings.MessagingSettingsService;

/**
 * What pages show of the practice's messaging settings: whether the portal offers messages, the
 * crisis notice and the automatic reply above every compose box. Read once per request.
 */
@Named("messagingPractice")
@RequestScoped
public class MessagingPractice {

  @Inject MessagingSettingsService service;

  private MessagingSettings settings;

  private MessagingSettings settings() {
    if (settings == null) {
      settings = service.current();
    }
    return settings;
  }

  public boolean isEnabled() {
    return settings().enabled();
  }

  public String getCrisisNotice() {
    return settings().crisisNotice();
  }

  public String getAutoReply() {
    return settings().autoReply();
  }

  public String getRecipients() {
    return settings().recipients().label();
  }
}
