package org.foyer.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.foyer.access.Caller;
import org.foyer.portal.account.ActingFor;

/** The portal home's list of forms for the profile the login acts for now. */
@Named
@RequestScoped
public class PortalForms {

  @Inject FormFilling filling;
  @Inject ActingFor actingFor;
  @Inject Caller caller;

  private List<FormSummary> forms;

  public List<FormSummary> getForms() {
    if (forms == null) {
      forms =
          actingFor
              .profile()
              .map(profile -> filling.listForms(caller, profile.clientId()))
              .orElse(List.of());
    }
    return forms;
  }

  public long getOpenCount() {
    return getForms().stream().filter(f -> f.status().isOpen()).count();
  }
}
