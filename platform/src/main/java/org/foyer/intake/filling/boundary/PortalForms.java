package org.foyer.intake.filling.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.portal.account.boundary.ActingFor;

/** The portal home's list of forms for the profile the login acts for now. */
@Named
@RequestScoped
public class PortalForms {

  @Inject FormFilling filling;
  @Inject ActingFor actingFor;
  @Inject Caller caller;

  private List<FormSummary> forms;
  private List<FormSummary> withdrawn;

  public List<FormSummary> getForms() {
    read();
    return forms;
  }

  /** Forms the practice took back, so the client knows they need not look for them. */
  public List<FormSummary> getWithdrawn() {
    read();
    return withdrawn;
  }

  /** Both lists in one read: the page shows them together. */
  private void read() {
    if (forms != null) {
      return;
    }
    Map<Boolean, List<FormSummary>> byWithdrawn;
    try {
      byWithdrawn =
          actingFor
              .profile()
              .map(p -> filling.listFormsByWithdrawn(caller, p.clientId()))
              .orElse(Map.of());
    } catch (NotFound notPermitted) {
      // The link was revoked, or no longer lets this login see the client's forms.
      byWithdrawn = Map.of();
    }
    forms = byWithdrawn.getOrDefault(false, List.of());
    withdrawn = byWithdrawn.getOrDefault(true, List.of());
  }

  public long getOpenCount() {
    return getForms().stream().filter(FormSummary::needsYou).count();
  }

  /** How many of the forms are sent: the "3 of 7 done" of the progress bar. */
  public long getDoneCount() {
    return getForms().size() - getOpenCount();
  }
}
