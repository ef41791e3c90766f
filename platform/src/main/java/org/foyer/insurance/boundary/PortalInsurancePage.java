package org.foyer.insurance.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.validation.Inputs;
import org.foyer.core.validation.RecordDraft;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.insurance.CardPhoto;
import org.foyer.insurance.InsurancePolicyView;
import org.foyer.insurance.PolicyDetails;
import org.foyer.insurance.PolicyRank;
import org.foyer.insurance.SubscriberRelationship;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.PortalHome;

/**
 * The portal's Insurance page for the profile this login acts for: the policies with where each
 * stands, and a form to send one with photos of the card, taken with the phone's camera or chosen
 * from its pictures.
 */
@Named("portalInsurance")
@RequestScoped
public class PortalInsurancePage {

  @Inject InsurancePolicies policies;
  @Inject PortalHome home;
  @Inject Caller caller;
  @Inject Inputs inputs;
  @Inject CurrentPractice practice;

  private RecordDraft<PolicyDetails> form = RecordDraft.empty(PolicyDetails.class);
  private Part front;
  private Part back;
  private List<InsurancePolicyView> listed;

  /** The profile acted for, when its link permits billing; otherwise the page offers nothing. */
  public ClientProfile getCurrent() {
    ClientProfile current = home.getCurrent();
    return current != null && current.permits(ContactPermission.BILLING) ? current : null;
  }

  public List<InsurancePolicyView> getPolicies() {
    if (listed == null) {
      ClientProfile current = getCurrent();
      try {
        listed = current == null ? List.of() : policies.list(caller, current.clientId());
      } catch (NotFound revoked) {
        listed = List.of();
      }
    }
    return listed;
  }

  /** Sends the policy with whatever photos were chosen; a refusal keeps what was typed. */
  public void send() {
    ClientProfile current = getCurrent();
    if (current == null) {
      PageMessages.error(null, "Choose whose insurance this is on your portal home first.");
      return;
    }
    boolean sent =
        PageMessages.BESIDE_INPUTS.run(
            () ->
                policies.submit(
                    caller, current.clientId(), form.build(), photo(front), photo(back)),
            "Thank you: the practice will check your insurance and this page will show when it"
                + " is in use.");
    if (sent) {
      // Post, then redirect: reloading the page must not send the policy a second time.
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().setKeepMessages(true);
      try {
        external.redirect(practice.page("/portal/insurance"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else if (front != null || back != null) {
      PageMessages.error(
          "front", "Choose the photos again: a browser forgets chosen files when a page is sent.");
    }
  }

  private static CardPhoto photo(Part part) {
    if (part == null || part.getSize() == 0) {
      return null;
    }
    // The container spooled it to disk; one byte past the limit says it is too large.
    try (InputStream in = part.getInputStream()) {
      return new CardPhoto(
          part.getSubmittedFileName(), in.readNBytes((int) DocumentFiles.MAX_BYTES + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("A chosen photo could not be read", e);
    }
  }

  public RecordDraft<PolicyDetails> getForm() {
    return form;
  }

  public Map<String, Integer> getMaxLength() {
    return inputs.maxLengths(PolicyDetails.class);
  }

  public PolicyRank[] getRanks() {
    return PolicyRank.values();
  }

  public SubscriberRelationship[] getRelationships() {
    return SubscriberRelationship.values();
  }

  public Part getFront() {
    return front;
  }

  public void setFront(Part front) {
    this.front = front;
  }

  public Part getBack() {
    return back;
  }

  public void setBack(Part back) {
    this.back = back;
  }
}
