package org.foyer.intake.signing.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.forms.signature.SignatureRefused;
import org.foyer.forms.validation.ParseResult;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.signing.entity.AlreadyReceived;
import org.foyer.intake.signing.entity.Signatory;
import org.foyer.intake.signing.entity.SignatureMark;
import org.foyer.intake.signing.entity.SigningPlan;
import org.foyer.intake.signing.entity.SigningStep;

/**
 * The turns of a form several people sign, for the portal's and the staff side's services alike:
 * what the first signer's post may hold (their own signature field, not another signer's), and a
 * later signature over the answers exactly as the first signer locked them. Runs inside the calling
 * service's transaction.
 */
public final class SigningTurns {

  private final FormSigning signing;

  public SigningTurns(FormSigning signing) {
    this.signing = signing;
  }

  /** The signature fields other signers fill: every one of the plan but the field signed now. */
  public static Set<String> othersFields(SigningPlan plan, Optional<SigningStep> now) {
    Set<String> fields = new HashSet<>();
    plan.steps().forEach(s -> fields.add(s.field()));
    now.ifPresent(s -> fields.remove(s.field()));
    return fields;
  }

  /**
   * The parse without errors on other signers' signature fields: a field the clinician countersigns
   * later may be required, and is still empty when the client submits.
   */
  public static ParseResult othersLeftOut(ParseResult result, Set<String> othersFields) {
    if (othersFields.isEmpty()) {
      return result;
    }
    List<FieldError> errors =
        result.errors().stream().filter(e -> !othersFields.contains(e.field())).toList();
    return new ParseResult(result.answers(), errors, result.hidden(), result.typed());
  }

  /**
   * Signs the form's next step as this person: the answers are the ones the first signer locked,
   * read from the form, never from a post, so a later signer can sign them but not change them. The
   * post only gives the drawn signature, if any; the last signature submits the form.
   *
   * @throws org.foyer.intake.signing.entity.NotYourSignature when it is not this person's turn
   * @throws SignatureRefused when the field's role refuses the signer
   */
  public void signInTurn(
      AssignedForm form,
      FormDefinition definition,
      Signatory who,
      String typed,
      Map<String, List<String>> post,
      FormSigning.Signer signer)
      throws SignatureRefused {
    SigningPlan plan = form.signingPlan().orElseThrow(() -> new AlreadyReceived(form.title()));
    SigningStep step = plan.requireNext(who, form.title());
    SignatureMark mark = signing.markFor(form, step.field(), post, typed, signer.at());
    Answers locked = Answers.parse(form.submittedAnswers().orElseThrow());
    SignatureRecord signature =
        signing.signStep(definition, locked, step.field(), typed, mark, signer);
    List<SignatureRecord> signatures =
        new ArrayList<>(IntakeEngine.signatures(form.signaturesJson().orElse(null)));
    signatures.add(signature);
    form.addSignature(
        FormSigning.withSignature(locked, step.field(), typed, mark).canonicalJson(),
        IntakeEngine.signaturesJson(signatures),
        plan.signNext(who, form.title(), signer.email(), signer.at()),
        signer.at());
  }
}
