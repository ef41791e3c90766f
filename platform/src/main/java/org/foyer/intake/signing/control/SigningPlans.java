package org.foyer.intake.signing.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.errors.InvalidInput;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.intake.signing.entity.SignerRole;
import org.foyer.intake.signing.entity.SigningPlan;
import org.foyer.intake.signing.entity.SigningStep;

/**
 * Who signs a form being sent, in order: one step per signature field, in the order the fields
 * appear, from the role the field names; where staff chose the people who sign a field (both
 * parents, or the client and their partner), one step per person in the order chosen. A form one
 * person fills in and signs needs no plan and keeps the single-signer path.
 */
public final class SigningPlans {

  /** What the portal calls the clinician's step and a parent's step nobody was named for. */
  public static final String CLINICIAN = "the clinician";

  public static final String ANY_CONTACT = "a parent or guardian";

  /**
   * A person staff chose to sign a field: a contact by their link to the client, or (with no link)
   * the client.
   */
  public record Chosen(UUID linkId, String name) {

    public static Chosen client(String name) {
      return new Chosen(null, name);
    }

    boolean isClient() {
      return linkId == null;
    }
  }

  private SigningPlans() {}

  /**
   * The plan, or empty when the form is filled in and signed by one person as before.
   *
   * @throws InvalidInput for people chosen for a field that is no signature, for the client's own
   *     field, the clinician's, or the client on a field signed on their behalf
   */
  public static Optional<SigningPlan> of(
      FormDefinition definition, String clientName, Map<String, List<Chosen>> chosen) {
    Map<String, List<Chosen>> left = new HashMap<>(chosen);
    List<SigningStep> steps = new ArrayList<>();
    for (FieldUi field : definition.fields().values()) {
      if (field.widget() != Widget.SIGNATURE) {
        continue;
      }
      String name = field.field();
      List<Chosen> people = left.remove(name);
      if (people == null || people.isEmpty()) {
        steps.add(byRole(field, clientName));
        continue;
      }
      if (field.signedBy() == SignedBy.SELF || field.signedBy() == SignedBy.CLINICIAN) {
        throw refused(
            name,
            "is signed by "
                + (field.signedBy() == SignedBy.SELF ? "the client" : CLINICIAN)
                + "; nobody else can be chosen");
      }
      for (Chosen person : people) {
        if (person.isClient() && field.signedBy() == SignedBy.ON_BEHALF_OF) {
          throw refused(name, "is signed on the client's behalf, so the client cannot sign it");
        }
        steps.add(
            person.isClient()
                ? SigningStep.waiting(name, SignerRole.CLIENT, null, person.name())
                : SigningStep.waiting(name, SignerRole.CONTACT, person.linkId(), person.name()));
      }
    }
    if (!left.isEmpty()) {
      throw refused(left.keySet().iterator().next(), "is not a signature field of this form");
    }
    return SigningPlan.needed(steps) ? Optional.of(new SigningPlan(steps)) : Optional.empty();
  }

  private static SigningStep byRole(FieldUi field, String clientName) {
    return switch (field.signedBy()) {
      case ANYONE -> SigningStep.waiting(field.field(), SignerRole.ANYONE, null, clientName);
      case SELF -> SigningStep.waiting(field.field(), SignerRole.CLIENT, null, clientName);
      case ON_BEHALF_OF ->
          SigningStep.waiting(field.field(), SignerRole.ANY_CONTACT, null, ANY_CONTACT);
      case CLINICIAN -> SigningStep.waiting(field.field(), SignerRole.CLINICIAN, null, CLINICIAN);
    };
  }

  private static InvalidInput refused(String field, String problem) {
    return new InvalidInput(
        "The signature field \"" + field + "\" " + problem, Map.of("signers/" + field, problem));
  }
}
