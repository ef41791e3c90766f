package org.foyer.intake.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.packets.boundary.PacketItemSummary;
import org.foyer.admin.packets.boundary.PacketSummary;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.intake.control.FormChoice;
import org.foyer.intake.review.boundary.FormConfidentiality;
import org.foyer.intake.review.boundary.ReviewViews;
import org.foyer.intake.review.boundary.SubmissionReview;
import org.foyer.portal.account.Relationship;

/**
 * The intake section of the staff client page: every form sent with its status, scores and flags;
 * sending a packet (items can be left out) or a single form (offered in the General Documents
 * section); resending what is still open.
 */
@Named
@ViewScoped
public class ClientIntake implements Serializable {

  /**
   * The intake section's own message list, so the record form's global messages above do not repeat
   * what a sending reports.
   */
  private static final String INTAKE_MESSAGES = "intake";

  /** Sending one form is offered in General Documents, and reports there (client-send-form). */
  private static final String SINGLE_FORM_MESSAGES = "send-single-form";

  private static final long serialVersionUID = 1L;

  @Inject transient IntakeSending sending;
  @Inject transient FormConfidentiality confidentiality;
  @Inject transient SubmissionReview review;
  @Inject transient InvitationWithPacket invitation;
  @Inject transient Caller caller;
  @Inject transient HttpServletRequest request;

  private UUID clientId;
  private String packetId;
  private List<String> chosenItems = new ArrayList<>();
  private String choice;
  private String inviteEmail;
  private String invitedEmail;
  private Relationship inviteRelationship = Relationship.SELF;
  private final Map<String, List<String>> signers = new LinkedHashMap<>();
  private transient List<IntakeSending.SignatureField> signatureFields;
  private transient List<IntakeSending.PossibleSigner> possibleSigners;
  private transient List<ReviewViews.ClientForm> forms;
  private transient List<PacketItemSummary> items;

  @PostConstruct
  void init() {
    try {
      String id = request.getParameter("id");
      clientId = id == null || id.isBlank() ? null : UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      clientId = null;
    }
    if (isSender()) {
      getPackets().stream()
          .filter(PacketSummary::isDefault)
          .findFirst()
          .ifPresent(p -> choosePacket(p.id().toString()));
      if (!isReachable()) {
        inviteEmail = sending.findClientEmail(caller, clientId).orElse(null);
      }
    }
  }

  public boolean isShown() {
    return clientId != null && caller.isStaff();
  }

  public boolean isSender() {
    return clientId != null && caller.can(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS);
  }

  public List<ReviewViews.ClientForm> getForms() {
    if (forms == null) {
      forms = isShown() ? review.listForClient(caller, clientId) : List.of();
    }
    return forms;
  }

  public boolean isFlagged() {
    return getForms().stream().anyMatch(ReviewViews.ClientForm::flagged);
  }

  public boolean isReachable() {
    return isSender() && sending.canNotify(caller, clientId);
  }

  public List<PacketSummary> getPackets() {
    return isSender() ? sending.listPackets(caller) : List.of();
  }

  public List<PacketItemSummary> getItems() {
    if (items == null) {
      items =
          packetId == null
              ? List.of()
              : sending.listIncludedItems(caller, UUID.fromString(packetId));
    }
    return items;
  }

  public List<FormChoice> getChoices() {
    return isSender() ? sending.listFormChoices(caller) : List.of();
  }

  /** Switching packet ticks all of its forms again. */
  public void packetChanged() {
    choosePacket(packetId);
  }

  private void choosePacket(String id) {
    packetId = id;
    items = null;
    chosenItems = new ArrayList<>(getItems().stream().map(i -> i.id().toString()).toList());
  }

  public void sendPacket() {
    Set<UUID> excluded = new HashSet<>();
    for (PacketItemSummary item : getItems()) {
      if (!chosenItems.contains(item.id().toString())) {
        excluded.add(item.id());
      }
    }
    boolean invite = inviteEmail != null && !inviteEmail.isBlank() && !isReachable();
    boolean done =
        PageMessages.LISTED.reportTo(
            INTAKE_MESSAGES,
            () -> {
              if (invite) {
                SendResult sent =
                    invitation.inviteAndSend(
                        caller,
                        clientId,
                        inviteEmail,
                        inviteRelationship,
                        UUID.fromString(packetId),
                        excluded);
                return "Invited " + inviteEmail.strip() + " with " + sent.forms() + " forms";
              }
              SendResult sent =
                  sending.sendPacket(caller, clientId, UUID.fromString(packetId), excluded);
              return told("Sent " + sent.forms() + " forms", sent);
            });
    if (invite && done) {
      invitedEmail = inviteEmail.strip();
      inviteEmail = null;
    }
    forms = null;
  }

  /**
   * The address just invited on this page: the invitation form gives way to what happens next, so
   * nobody invites the same person twice by mistake.
   */
  public String getInvitedEmail() {
    return invitedEmail;
  }

  public void sendForm() {
    Map<String, List<String>> named = new LinkedHashMap<>();
    for (IntakeSending.SignatureField field : getSignatureFields()) {
      List<String> people =
          signers.getOrDefault(field.field(), List.of()).stream()
              .filter(person -> person != null && !person.isBlank())
              .toList();
      if (!people.isEmpty()) {
        named.put(field.field(), people);
      }
    }
    PageMessages.LISTED.reportTo(
        SINGLE_FORM_MESSAGES,
        () ->
            told(
                named.isEmpty() ? "Sent the form" : "Sent the form to be signed in turn",
                sending.sendForm(caller, clientId, currentChoice(), named)));
    forms = null;
  }

  /** Another form chosen: its signature fields, and nobody named yet. */
  public void choiceChanged() {
    signatureFields = null;
    signers.clear();
  }

  private String currentChoice() {
    if (choice == null || choice.isBlank()) {
      return getChoices().stream().findFirst().map(FormChoice::key).orElse(null);
    }
    return choice;
  }

  /**
   * The chosen form's signature fields staff may name signers for, each with three places in
   * signing order ({@link #getSigners()}); an empty place is skipped.
   */
  public List<IntakeSending.SignatureField> getSignatureFields() {
    if (signatureFields == null) {
      String current = isSender() ? currentChoice() : null;
      signatureFields = current == null ? List.of() : sending.listSignatureFields(caller, current);
      signatureFields.forEach(
          f -> signers.computeIfAbsent(f.field(), k -> new ArrayList<>(List.of("", "", ""))));
    }
    return signatureFields;
  }

  public Map<String, List<String>> getSigners() {
    return signers;
  }

  /** Who may be named for a field: the client only where they may sign it themselves. */
  public List<IntakeSending.PossibleSigner> possibleSignersFor(IntakeSending.SignatureField field) {
    if (possibleSigners == null) {
      possibleSigners = sending.listPossibleSigners(caller, clientId);
    }
    return possibleSigners.stream()
        .filter(
            s ->
                field.signedBy() != SignedBy.ON_BEHALF_OF
                    || !IntakeSending.CLIENT_SIGNS.equals(s.value()))
        .toList();
  }

  public void resend(UUID formId) {
    PageMessages.LISTED.reportTo(
        INTAKE_MESSAGES, () -> told("Sent a reminder", sending.resendForm(caller, formId)));
    forms = null;
  }

  public void withdraw(UUID formId) {
    PageMessages.LISTED.reportTo(
        INTAKE_MESSAGES,
        () ->
            "Withdrew \u201c"
                + sending.withdrawForm(caller, clientId, formId)
                + "\u201d. The client's portal no longer offers it and says it is not needed.");
    forms = null;
  }

  /** Keeps a form from the client's guardians, or shows it to them again. */
  public void keepFromGuardians(UUID formId, boolean confidential) {
    PageMessages.LISTED.reportTo(
        INTAKE_MESSAGES,
        () ->
            "\u201c"
                + confidentiality.keepFromGuardians(caller, clientId, formId, confidential)
                + (confidential
                    ? "\u201d is now kept from the client's parents and guardians."
                    : "\u201d is visible again to contacts allowed to fill in forms."));
    forms = null;
  }

  private static String told(String what, SendResult sent) {
    return sent.notified() == 0
        ? what + ". Nobody could be told by email yet: the client has no active portal login."
        : what + " and told " + sent.notified() + " portal login(s) by email.";
  }

  public Relationship[] getRelationships() {
    return Relationship.values();
  }

  public String getInviteEmail() {
    return inviteEmail;
  }

  public void setInviteEmail(String inviteEmail) {
    this.inviteEmail = inviteEmail;
  }

  public Relationship getInviteRelationship() {
    return inviteRelationship;
  }

  public void setInviteRelationship(Relationship inviteRelationship) {
    this.inviteRelationship = inviteRelationship;
  }

  public String getPacketId() {
    return packetId;
  }

  public void setPacketId(String packetId) {
    this.packetId = packetId;
  }

  public List<String> getChosenItems() {
    return chosenItems;
  }

  public void setChosenItems(List<String> chosenItems) {
    this.chosenItems = chosenItems == null ? new ArrayList<>() : new ArrayList<>(chosenItems);
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  public UUID getClientId() {
    return clientId;
  }
}
