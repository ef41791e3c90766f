package org.foyer.intake.signing.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The signatures a form waits for, in the order they are given: each signature field of the form is
 * a step, and a field staff named several contacts for (both parents under joint custody) is one
 * step per contact. The first signer fills in the answers and signs; every later signer signs those
 * very answers, read-only; the form is submitted when the last step is signed.
 *
 * <p>Kept as a value on the form rather than rows of its own: it is read and changed only with its
 * form, under the form's row lock, and never queried across forms.
 */
public record SigningPlan(List<SigningStep> steps) {

  public SigningPlan {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a signing plan has at least one step");
    }
    boolean waiting = false;
    for (SigningStep step : steps) {
      if (waiting && step.isSigned()) {
        throw new IllegalArgumentException("steps are signed in order");
      }
      waiting |= !step.isSigned();
    }
  }

  /**
   * Whether the form needs a plan at all: one signature given by whoever fills the form in is
   * today's single-signer path, which needs none.
   */
  public static boolean needed(List<SigningStep> steps) {
    return steps.size() > 1
        || steps.stream()
            .anyMatch(s -> s.role() == SignerRole.CLINICIAN || s.role() == SignerRole.CONTACT);
  }

  /** The step waiting to be signed; empty once every step is. */
  public Optional<SigningStep> next() {
    return steps.stream().filter(step -> !step.isSigned()).findFirst();
  }

  /** How many steps are signed: the signed ones always come first. */
  public int signedCount() {
    return (int) steps.stream().filter(SigningStep::isSigned).count();
  }

  public boolean isComplete() {
    return next().isEmpty();
  }

  /** True until the first step is signed: the answers may still change. */
  public boolean isUnsigned() {
    return steps.stream().noneMatch(SigningStep::isSigned);
  }

  /** Whether this person is the one the form waits for now. */
  public boolean isNext(Signatory who) {
    return next().map(step -> step.mayBeSignedBy(who)).orElse(false);
  }

  /**
   * The step this person may sign now, or a refusal that says whose turn it is: a later signer
   * waits for the one before, and someone who is no signer at all is told so.
   */
  public SigningStep requireNext(Signatory who, String title) {
    SigningStep next =
        next().orElseThrow(() -> new AlreadyReceived(Objects.requireNonNull(title, "title")));
    if (next.mayBeSignedBy(who)) {
      return next;
    }
    boolean later =
        steps.stream().filter(s -> !s.isSigned()).skip(1).anyMatch(s -> s.mayBeSignedBy(who));
    throw new NotYourSignature(
        later
            ? "\"" + title + "\" is waiting for " + next.name() + " to sign first"
            : "You are not asked to sign \"" + title + "\"; it is waiting for " + next.name());
  }

  /** The plan with the next step signed by this person. */
  public SigningPlan signNext(Signatory who, String title, String by, Instant at) {
    SigningStep step = requireNext(who, title);
    List<SigningStep> signed = new ArrayList<>(steps);
    int index = signedCount();
    signed.set(index, step.signed(by, at));
    return new SigningPlan(signed);
  }

  /** The names of everyone who signs, in order, for "Signed by Maria, then Sam". */
  public List<String> names() {
    return steps.stream().map(SigningStep::name).toList();
  }
}
