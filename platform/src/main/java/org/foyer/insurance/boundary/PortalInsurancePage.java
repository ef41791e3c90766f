package org.foyer.insurance.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.foyer.insurance.PolicyStatus;
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
  private final Map<UUID, Part> laterPhotos = new HashMap<>();

  /**
   * Runs first: for a profile whose link does not permit billing, the page does not exist, as
   * billing's does not, so a contact without that permission finds no trace of either.
   */
  public void load() {
    ClientProfile acting = home.getCurrent();
    if (acting != null && !acting.permits(ContactPermission.BILLING)) {
      throw new NotFound("That page");
    }
  }

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
      redirectHere();
    } else if (front != null || back != null) {
      PageMessages.error(
          "front", "Choose the photos again: a browser forgets chosen files when a page is sent.");
    }
  }

  /** Whether the client may still add a photo to the policy: the practice has not checked it. */
  public boolean canAddPhoto(InsurancePolicyView policy) {
    return policy.status() == PolicyStatus.SUBMITTED
        || policy.status() == PolicyStatus.NEEDS_CHANGES;
  }

  /** Adds the photo chosen beside one policy, as the side it lacks (the back when it has both). */
  public void addPhoto(InsurancePolicyView policy) {
    ClientProfile current = getCurrent();
    CardPhoto photo = photo(laterPhotos.get(policy.id()));
    if (current == null) {
      return;
    }
    boolean front = !policy.hasFrontCard();
    boolean added =
        PageMessages.IN_WORDS.run(
            () -> policies.attachCard(caller, current.clientId(), policy.id(), front, photo),
            "Thank you: the photo of the " + (front ? "front" : "back") + " of the card is sent.");
    if (added) {
      redirectHere();
    }
  }

  /** The file input beside each policy the client may still add to. */
  public Map<UUID, Part> getLaterPhotos() {
    return laterPhotos;
  }

  private void redirectHere() {
    PageMessages.showAfresh(practice.page("/portal/insurance"));
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
