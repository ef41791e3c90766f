package org.foyer.intake.filling.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
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
    if (forms == null) {
      forms = ofActiveProfile(filling::listForms);
    }
    return forms;
  }

  /** Forms the practice took back, so the client knows they need not look for them. */
  public List<FormSummary> getWithdrawn() {
    if (withdrawn == null) {
      withdrawn = ofActiveProfile(filling::listWithdrawn);
    }
    return withdrawn;
  }

  private List<FormSummary> ofActiveProfile(BiFunction<Caller, UUID, List<FormSummary>> list) {
    try {
      return actingFor.profile().map(p -> list.apply(caller, p.clientId())).orElse(List.of());
    } catch (NotFound notPermitted) {
      // The link was revoked, or no longer lets this login see the client's forms.
      return List.of();
    }
  }

  public long getOpenCount() {
    return getForms().stream().filter(FormSummary::needsYou).count();
  }

  /** How many of the forms are sent: the "3 of 7 done" of the progress bar. */
  public long getDoneCount() {
    return getForms().size() - getOpenCount();
  }
}
