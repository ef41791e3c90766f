package org.foyer.contacts.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.foyer.contacts.entity.ContactDetails;
import org.foyer.contacts.entity.ContactView;
import org.foyer.portal.account.Relationship;

/**
 * What the Contacts section's form holds between requests. A new contact gets the relationship's
 * usual permissions unless staff choose their own.
 */
public class ContactForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> LABELS =
      Map.of(
          "name", "Name",
          "email", "Email",
          "phone", "Phone",
          "relationship", "Relationship",
          "relationshipLabel", "Relationship in your words",
          "clientId", "Client");

  private String name;
  private String email;
  private String phone;
  private Relationship relationship = Relationship.PARENT;
  private String relationshipLabel;
  private String asClient;
  private boolean usualPermissions = true;
  private List<String> permissions = new ArrayList<>();

  /** The words for a field of {@link ContactDetails}. */
  static String label(String field) {
    return LABELS.getOrDefault(field, field);
  }

  void fill(ContactView contact) {
    name = contact.name();
    email = contact.email();
    phone = contact.phone();
    relationship = contact.relationship();
    relationshipLabel =
        contact.relationship() == Relationship.CUSTOM ? contact.relationshipLabel() : null;
    usualPermissions = false;
    permissions = new ArrayList<>(contact.permissions().stream().map(Enum::name).toList());
  }

  void clear() {
    name = null;
    email = null;
    phone = null;
    relationship = Relationship.PARENT;
    relationshipLabel = null;
    asClient = null;
    usualPermissions = true;
    permissions = new ArrayList<>();
  }

  ContactDetails details() {
    return new ContactDetails(
        name,
        email,
        phone,
        relationship,
        relationshipLabel,
        clientOf(asClient),
        usualPermissions ? null : ContactsSection.chosen(permissions));
  }

  /** The chosen client's id; a value that is no id is no client, which the service refuses. */
  private static UUID clientOf(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return new UUID(0, 0);
    }
  }

  public String getAsClient() {
    return asClient;
  }

  public void setAsClient(String asClient) {
    this.asClient = asClient;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Relationship getRelationship() {
    return relationship;
  }

  public void setRelationship(Relationship relationship) {
    this.relationship = relationship;
  }

  public String getRelationshipLabel() {
    return relationshipLabel;
  }

  public void setRelationshipLabel(String relationshipLabel) {
    this.relationshipLabel = relationshipLabel;
  }

  public boolean isUsualPermissions() {
    return usualPermissions;
  }

  public void setUsualPermissions(boolean usualPermissions) {
    this.usualPermissions = usualPermissions;
  }

  public List<String> getPermissions() {
    return permissions;
  }

  public void setPermissions(List<String> permissions) {
    this.permissions = permissions == null ? new ArrayList<>() : new ArrayList<>(permissions);
  }
}
