package org.foyer.insurance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.foyer.core.validation.BirthDate;

/**
 * An insurance policy as a client (or a contact for them) enters it from their card, and as staff
 * correct it: the same input on the portal page, the staff page and the API.
 *
 * @param groupNumber empty when the card has none
 * @param subscriberBirthDate empty when the policy holder is the client
 */
public record PolicyDetails(
    @NotNull(message = "{insurance.rank.required}") PolicyRank rank,
    @NotBlank(message = "{insurance.payer.required}")
        @Size(max = PolicyDetails.PAYER_LENGTH, message = "{foyer.tooLong}")
        String payerName,
    @NotBlank(message = "{insurance.memberId.required}")
        @Size(max = PolicyDetails.ID_LENGTH, message = "{foyer.tooLong}")
        @Pattern(regexp = PolicyDetails.ID_SHAPE, message = "{insurance.memberId.shape}")
        String memberId,
    @Size(max = PolicyDetails.ID_LENGTH, message = "{foyer.tooLong}")
        @Pattern(regexp = "^$|" + PolicyDetails.ID_SHAPE, message = "{insurance.memberId.shape}")
        String groupNumber,
    @NotBlank(message = "{insurance.subscriber.required}")
        @Size(max = PolicyDetails.NAME_LENGTH, message = "{foyer.tooLong}")
        String subscriberName,
    @NotNull(message = "{insurance.relationship.required}")
        SubscriberRelationship subscriberRelationship,
    @BirthDate LocalDate subscriberBirthDate) {

  public static final int PAYER_LENGTH = 120;
  public static final int ID_LENGTH = 40;
  public static final int NAME_LENGTH = 120;

  /** Member and group ids as printed: letters, digits, dashes and spaces between them. */
  public static final String ID_SHAPE = "[A-Za-z0-9][A-Za-z0-9 -]*";

  /**
   * Written out so that the components' constraints are not copied onto its parameters (Payara's
   * OpenAPI scanner fails on those, payara/Payara#7649); validation reads the fields.
   */
  public PolicyDetails(
      PolicyRank rank,
      String payerName,
      String memberId,
      String groupNumber,
      String subscriberName,
      SubscriberRelationship subscriberRelationship,
      LocalDate subscriberBirthDate) {
    this.rank = rank;
    this.payerName = tidy(payerName);
    this.memberId = tidy(memberId);
    this.groupNumber = tidy(groupNumber);
    this.subscriberName = tidy(subscriberName);
    this.subscriberRelationship = subscriberRelationship;
    this.subscriberBirthDate = subscriberBirthDate;
  }

  /** Control and format characters (a pasted right-to-left override) never reach the record. */
  private static String tidy(String text) {
    return text == null ? null : text.replaceAll("\\p{Cc}|\\p{Cf}", "").strip();
  }
}
