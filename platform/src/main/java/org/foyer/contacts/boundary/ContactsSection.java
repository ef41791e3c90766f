package org.foyer.contacts.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.foyer.clients.boundary.ClientId;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.clients.boundary.ClientSummary;
import org.foyer.clients.boundary.EditClient;
import org.foyer.contacts.entity.ContactId;
import org.foyer.contacts.entity.ContactView;
import org.foyer.core.access.Accounts;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.validation.Shapes;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.PortalStatus;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.invitation.InvitationSent;

/**
 * The Contacts section of the staff client page: each contact with their relationship, portal
 * status and permissions in words, and for staff who may invite clients, adding, editing, removing,
 * inviting and revoking. Outcomes show in the section itself; a refused field's message sits beside
 * its input ({@code contact-<field>}).
 */
@Named("clientContacts")
@ViewScoped
public class ContactsSection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ClientContacts contacts;
  @Inject transient Caller caller;
  @Inject transient EditClient page;
  @Inject transient ClientRecords records;

  private transient List<ContactView> list;
  private final ContactForm form = new ContactForm();
  private UUID editing;
  private String notice;
  private final List<String> problems = new ArrayList<>();

  /** Shown for an existing record only: a new client has no contacts yet. */
  public boolean isShown() {
    return clientId().isPresent();
  }

  public boolean isCanManage() {
    return caller.can(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS);
  }

  public List<ContactView> getContacts() {
    if (list == null) {
      list = clientId().map(id -> contacts.listContacts(caller, id)).orElse(List.of());
    }
    return list;
  }

  /** Fills the form with the contact, to change them. */
  public void edit(ContactView contact) {
    editing = contact.id();
    form.fill(contact);
  }

  /** Back to an empty form for a new contact. */
  public void cancel() {
    editing = null;
    form.clear();
  }

  public void save() {
    boolean adding = editing == null;
    boolean saved =
        act(
            () -> {
              ContactView contact =
                  adding
                      ? contacts.add(caller, client(), form.details())
                      : contacts.change(caller, client(), new ContactId(editing), form.details());
              return (adding ? "Added " : "Saved ") + contact.name() + ".";
            });
    if (saved) {
      cancel();
    }
  }

  public void invite(ContactView contact) {
    act(
        () -> {
          InvitationSent sent = contacts.invite(caller, client(), new ContactId(contact.id()));
          return sent.expiresAt() == null
              ? contact.name() + " already uses the portal and was told about this client."
              : "Sent " + contact.name() + " an invitation to " + sent.email() + ".";
        });
  }

  public void revoke(ContactView contact) {
    act(
        () -> {
          contacts.revoke(caller, client(), new ContactId(contact.id()));
          return contact.name() + " can no longer use the portal for this client.";
        });
  }

  public void remove(ContactView contact) {
    act(
        () -> {
          contacts.remove(caller, client(), new ContactId(contact.id()));
          if (contact.id().equals(editing)) {
            cancel();
          }
          return "Removed " + contact.name() + " from this client's contacts.";
        });
  }

  /** What the invite button says for this contact, or null when they cannot be invited. */
  public String inviteLabel(ContactView contact) {
    if (!contact.mayBeInvited()) {
      return null;
    }
    return switch (contact.portalStatus()) {
      case NOT_INVITED -> "Invite to the portal";
      case INVITED -> "Send the invitation again";
      case ACTIVE -> null;
      case REVOKED -> "Invite again";
    };
  }

  public boolean canRevoke(ContactView contact) {
    return contact.portalStatus() == PortalStatus.INVITED
        || contact.portalStatus() == PortalStatus.ACTIVE;
  }

  private boolean act(Supplier<String> action) {
    notice = null;
    problems.clear();
    try {
      notice = action.get();
      list = null;
      return true;
    } catch (InvalidInput invalid) {
      problems.add(invalid.getMessage());
      FacesContext faces = FacesContext.getCurrentInstance();
      invalid
          .fieldErrors()
          .forEach(
              (field, problem) -> {
                problems.add(ContactForm.label(field) + ": " + problem);
                faces.addMessage(
                    "contact-" + field,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, problem));
              });
    } catch (BusinessException refused) {
      problems.add(refused.getMessage());
    }
    return false;
  }

  private ClientId client() {
    return clientId().orElseThrow(() -> new InvalidInput("Save the record first"));
  }

  private Optional<ClientId> clientId() {
    return Optional.ofNullable(page.getId());
  }

  public boolean isEditing() {
    return editing != null;
  }

  public ContactForm getForm() {
    return form;
  }

  public String getNotice() {
    return notice;
  }

  public List<String> getProblems() {
    return problems;
  }

  /**
   * The practice's other clients, for a contact who is a client too (one person, one login); the
   * client list's first {@value ClientRecords#MAX_RESULTS}, by last name.
   */
  public List<ClientSummary> getOtherClients() {
    Optional<ClientId> self = clientId();
    return records.search(caller, null).stream()
        .filter(client -> self.map(id -> !id.value().equals(client.id())).orElse(true))
        .toList();
  }

  /** The relationships staff choose from: everyone but the client themself. */
  public List<Relationship> getRelationships() {
    return Arrays.stream(Relationship.values()).filter(Relationship::isContact).toList();
  }

  public ContactPermission[] getPermissions() {
    return ContactPermission.values();
  }

  public Map<String, Integer> getMaxLength() {
    return Map.of(
        "name", Accounts.NAME_LENGTH,
        "email", Shapes.EMAIL_LENGTH,
        "phone", Shapes.PHONE_LENGTH,
        "relationshipLabel", Relationship.LABEL_LENGTH);
  }

  /** "View and complete forms", for a checkbox's label. */
  public String capitalised(ContactPermission permission) {
    String words = permission.words();
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static Set<ContactPermission> chosen(List<String> names) {
    EnumSet<ContactPermission> chosen = EnumSet.noneOf(ContactPermission.class);
    names.forEach(name -> chosen.add(ContactPermission.valueOf(name)));
    return chosen;
  }
}
