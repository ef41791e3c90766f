package org.foyer.contacts.entity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.access.Accounts;
import org.foyer.core.validation.Shapes;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;

/**
 * A contact as staff describe them, on the client page and through the API alike.
 *
 * @param name required unless {@code clientId} names a client of the practice, whose name is used
 * @param email needed to invite the contact to the portal; an email the practice already knows
 *     finds that person
 * @param relationship PARENT, GUARDIAN, SPOUSE_OR_PARTNER, EMERGENCY_CONTACT, RESPONSIBLE_PARTY or
 *     CUSTOM
 * @param relationshipLabel the words for a CUSTOM relationship ("Grandmother")
 * @param clientId when the contact is a client of the practice themself: their client id
 * @param permissions what the contact may do for the client; absent for the relationship's defaults
 */
public record ContactDetails(
    @Size(max = Accounts.NAME_LENGTH, message = "{foyer.tooLong}") String name,
    @Size(max = Shapes.EMAIL_LENGTH, message = "{foyer.tooLong}")
        @Pattern(regexp = Shapes.EMAIL, message = "{foyer.email}")
        String email,
    @Size(max = Shapes.PHONE_LENGTH, message = "{foyer.tooLong}")
        @Pattern(regexp = Shapes.PHONE, message = "{foyer.phone}")
        String phone,
    @NotNull(message = "Choose how the contact relates to the client") Relationship relationship,
    @Size(max = Relationship.LABEL_LENGTH, message = "{foyer.tooLong}") String relationshipLabel,
    UUID clientId,
    Set<ContactPermission> permissions) {

  /**
   * Surrounding spaces are not part of what was meant; an empty field is an absent one. Written out
   * rather than compact for the reason ClientDetails gives (payara/Payara#7649).
   */
  public ContactDetails(
      String name,
      String email,
      String phone,
      Relationship relationship,
      String relationshipLabel,
      UUID clientId,
      Set<ContactPermission> permissions) {
    this.name = tidy(name);
    this.email = tidy(email);
    this.phone = tidy(phone);
    this.relationship = relationship;
    this.relationshipLabel = tidy(relationshipLabel);
    this.clientId = clientId;
    this.permissions =
        permissions == null
            ? null
            : permissions.isEmpty()
                ? EnumSet.noneOf(ContactPermission.class)
                : EnumSet.copyOf(permissions);
  }

  private static String tidy(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
