package org.foyer.messages.settings;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.BusinessException;
import org.foyer.messages.MessageRecipients;
import org.foyer.messages.entity.MessagingSettings;

/**
 * The messaging settings page. Every save goes through {@link MessagingSettingsService}, which
 * checks the permission again and validates every field; what the administrator typed stays on the
 * page when it is refused.
 */
@Named("editMessagingSettings")
@ViewScoped
public class EditMessagingSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient MessagingSettingsService service;
  @Inject transient Instance<Caller> callers;

  private boolean loaded;
  private boolean allowed;

  private boolean enabled;
  private MessageRecipients recipients;
  private String autoReply;
  private List<String> officeDays = new ArrayList<>();
  private String officeOpens;
  private String officeCloses;
  private String crisisNotice;

  private void load() {
    if (!loaded) {
      loaded = true;
      try {
        show(service.get(callers.get()));
        allowed = true;
      } catch (BusinessException e) {
        allowed = false;
      }
    }
  }

  public boolean isAllowed() {
    load();
    return allowed;
  }

  private void show(MessagingSettingsView view) {
    enabled = view.enabled();
    recipients = view.recipients();
    autoReply = view.autoReply();
    officeDays = new ArrayList<>(view.officeDays().stream().map(DayOfWeek::name).toList());
    officeOpens = view.officeOpens();
    officeCloses = view.officeCloses();
    crisisNotice = view.crisisNotice();
  }

  public void save() {
    MessagingSettingsView change =
        new MessagingSettingsView(
            enabled,
            recipients,
            autoReply,
            officeDays == null ? List.of() : officeDays.stream().map(DayOfWeek::valueOf).toList(),
            officeOpens,
            officeCloses,
            crisisNotice);
    PageMessages.BESIDE_INPUTS.run(
        () -> show(service.change(callers.get(), change)), "Messaging settings saved");
  }

  public MessageRecipients[] getRecipientOptions() {
    return MessageRecipients.values();
  }

  public DayOfWeek[] getDays() {
    return DayOfWeek.values();
  }

  public String dayName(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  public int getTextLength() {
    return MessagingSettings.TEXT_LENGTH;
  }

  public boolean isEnabled() {
    load();
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public MessageRecipients getRecipients() {
    return recipients;
  }

  public void setRecipients(MessageRecipients recipients) {
    this.recipients = recipients;
  }

  public String getAutoReply() {
    return autoReply;
  }

  public void setAutoReply(String autoReply) {
    this.autoReply = autoReply;
  }

  public List<String> getOfficeDays() {
    return officeDays;
  }

  public void setOfficeDays(List<String> officeDays) {
    this.officeDays = officeDays;
  }

  public String getOfficeOpens() {
    return officeOpens;
  }

  public void setOfficeOpens(String officeOpens) {
    this.officeOpens = officeOpens;
  }

  public String getOfficeCloses() {
    return officeCloses;
  }

  public void setOfficeCloses(String officeCloses) {
    this.officeCloses = officeCloses;
  }

  public String getCrisisNotice() {
    return crisisNotice;
  }

  public void setCrisisNotice(String crisisNotice) {
    this.crisisNotice = crisisNotice;
  }
}
