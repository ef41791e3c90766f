package org.foyer.intake.review.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.pdf.CompletedForm;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.signing.entity.SignatureMark;

/**
 * Assembles the PDFs of submitted forms: one form headed on every page by whose it is, with its
 * answers, scores and signature certificate (drawn signatures' images only from this form's own
 * marks), a packet's forms joined in order, and the file name a PDF is filed under.
 */
public final class CompletedPdfs {

  private final EntityManager em;
  private final IntakeEngine intake;
  private final Locale locale;
  private final PdfHeadings headings;

  public CompletedPdfs(EntityManager em, IntakeEngine intake, PdfHeadings headings, Locale locale) {
    this.em = em;
    this.intake = intake;
    this.headings = headings;
    this.locale = locale;
  }

  /** The submitted form as PDF. */
  public byte[] of(AssignedForm form) {
    FormDefinition definition = intake.definitionOf(form);
    List<SignatureRecord> signatures = IntakeEngine.signatures(form.signaturesJson().orElse(null));
    Map<String, byte[]> images = new HashMap<>();
    for (SignatureRecord signature : signatures) {
      if (signature.image() != null) {
        SignatureMark mark = em.find(SignatureMark.class, UUID.fromString(signature.image().ref()));
        if (mark != null && mark.formId().equals(form.id())) {
          images.put(signature.image().ref(), mark.content());
        }
      }
    }
    Answers answers = Answers.parse(form.submittedAnswers().orElseThrow());
    return intake
        .engine()
        .completedPdf(
            definition,
            new CompletedForm(
                answers,
                intake.engine().score(definition, answers),
                signatures,
                images,
                form.submittedAt().orElseThrow(),
                headings.submitted(form)),
            locale);
  }

  /** The packet's submitted forms as one PDF, in the order given. */
  public byte[] ofPacket(List<AssignedForm> forms) {
    return PacketPdf.concatenate(forms.stream().map(this::of).toList());
  }

  /** A file name from a title: letters, digits and dashes, at most 80 of them, then ".pdf". */
  public static String fileName(String title) {
    String clean = title.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (clean.isEmpty()) {
      clean = "intake-form";
    }
    return (clean.length() > 80 ? clean.substring(0, 80) : clean) + ".pdf";
  }
}
