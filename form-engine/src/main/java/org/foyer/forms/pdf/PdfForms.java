package org.foyer.forms.pdf;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.json.CanonicalJson;
import org.foyer.forms.render.FormRenderer;
import org.foyer.forms.render.LabelLeads;
import org.foyer.forms.render.UiTexts;
import org.foyer.forms.rules.RuleOutcome;
import org.foyer.forms.scoring.FlagResult;
import org.foyer.forms.scoring.ScoreResult;
import org.foyer.forms.signature.BlobRef;
import org.foyer.forms.signature.SignatureRecord;

/** Builds blank and completed PDFs of a form through the sandboxed PDF layout. */
public final class PdfForms {

  static final String LAYOUT = "foyer/pdf.vm";
  static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;
  private static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg");

  private final FormRenderer renderer;
  private final PdfWriter writer = new PdfWriter();

  public PdfForms(FormRenderer renderer) {
    this.renderer = renderer;
  }

  /**
   * A printable form to fill in by hand: every field, every option, empty lines, headed by the
   * practice (there is no client yet).
   */
  public byte[] blank(FormDefinition definition, PdfHeading heading, Locale locale) {
    Map<String, Object> doc =
        new HashMap<>(
            new PdfModel(definition, locale, UiTexts.forLocale(locale))
                .build(org.foyer.forms.answers.Answers.EMPTY.view(), RuleOutcome.NONE, true));
    doc.put("heading", heading(heading, null, locale));
    return writer.write(renderer.renderTemplate(LAYOUT, Map.of("doc", doc)), null);
  }

  /** The completed form with answers, scores, signatures and a signature certificate page. */
  public byte[] completed(
      FormDefinition definition, RuleOutcome outcome, CompletedForm completed, Locale locale) {
    Map<String, Object> texts = UiTexts.forLocale(locale);
    Map<String, Object> doc =
        new HashMap<>(
            new PdfModel(definition, locale, texts)
                .build(completed.answers().view(), outcome, false));
    doc.put("scores", scores(completed, locale));
    doc.put("flags", flags(completed, locale));
    doc.put("signatures", signatures(completed, locale));
    doc.put("heading", heading(completed.heading(), completed.completedAt(), locale));
    return writer.write(
        renderer.renderTemplate(LAYOUT, Map.of("doc", doc)), completed.completedAt());
  }

  private static List<Object> scores(CompletedForm completed, Locale locale) {
    List<Object> scores = new ArrayList<>();
    for (ScoreResult score : completed.scores().scores()) {
      String label = score.label().isEmpty() ? score.id() : score.label().text(locale);
      scores.add(
          Map.of(
              "label",
              label,
              "lead",
              LabelLeads.lead(label),
              "value",
              score.isComplete() ? score.value().toPlainString() : "-",
              "band",
              score.band().text(locale)));
    }
    return scores;
  }

  private static List<Object> flags(CompletedForm completed, Locale locale) {
    List<Object> flags = new ArrayList<>();
    for (FlagResult flag : completed.scores().flags()) {
      if (flag.raised()) {
        flags.add(Map.of("label", flag.label().isEmpty() ? flag.id() : flag.label().text(locale)));
      }
    }
    return flags;
  }

  /** The page heading's lines; empty strings where the PDF knows nothing to say. */
  private static Map<String, Object> heading(PdfHeading heading, Instant at, Locale locale) {
    Map<String, Object> h = new HashMap<>();
    h.put("practice", heading.practice());
    h.put("client", heading.clientName());
    h.put(
        "dateOfBirth",
        heading.dateOfBirth() == null
            ? ""
            : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(heading.dateOfBirth()));
    h.put("submittedAt", at == null ? "" : when(at, heading, locale, "d MMM yyyy, HH:mm zzz"));
    h.put("submittedBy", heading.submittedBy());
    h.put("onBehalfOf", heading.onBehalfOf());
    return h;
  }

  /** A time on the wall of the practice, with its zone named so no reader has to guess. */
  private static String when(Instant at, PdfHeading heading, Locale locale, String pattern) {
    return DateTimeFormatter.ofPattern(pattern, locale).format(at.atZone(heading.zone()));
  }

  private static List<Object> signatures(CompletedForm completed, Locale locale) {
    List<Object> signatures = new ArrayList<>();
    for (SignatureRecord record : completed.signatures()) {
      Map<String, Object> s = new HashMap<>();
      s.put("typedName", record.typedName());
      s.put("signer", record.signer());
      s.put("onBehalfOf", record.onBehalfOf() == null ? "" : record.onBehalfOf());
      s.put(
          "signedAt",
          when(record.signedAt(), completed.heading(), locale, "d MMM yyyy, HH:mm:ss zzz"));
      s.put("ipAddress", record.ipAddress());
      s.put("userAgent", record.userAgent());
      s.put("intent", record.intentStatement());
      s.put("documentSha256", record.documentSha256());
      s.put("recordSha256", record.sha256());
      s.put("image", image(record.image(), completed.images()));
      signatures.add(s);
    }
    return signatures;
  }

  /**
   * The signature image as a data URI, only after its bytes match the hash the record sealed: a
   * swapped image in storage must not print as the signature.
   */
  private static String image(BlobRef ref, Map<String, byte[]> images) {
    if (ref == null) {
      return "";
    }
    byte[] bytes = images.get(ref.ref());
    if (bytes == null) {
      throw new IllegalArgumentException("No image bytes supplied for signature " + ref.ref());
    }
    if (bytes.length > MAX_IMAGE_BYTES || !IMAGE_TYPES.contains(ref.mediaType())) {
      throw new IllegalArgumentException("Signature image must be PNG or JPEG under 2 MB");
    }
    if (!CanonicalJson.sha256Hex(bytes).equals(ref.sha256())) {
      throw new IllegalArgumentException(
          "Signature image " + ref.ref() + " does not match its SHA-256");
    }
    return "data:" + ref.mediaType() + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }
}
