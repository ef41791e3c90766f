package org.foyer.intake.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foyer.admin.packs.PracticePacks;
import org.foyer.forms.FormEngine;
import org.foyer.forms.definition.ClientFact;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.json.Json;
import org.foyer.forms.populate.PrefillChange;
import org.foyer.forms.scoring.FlagResult;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.scoring.ScoreResult;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.forms.validation.ParseLimits;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.PinnedForm;

/**
 * The form engine as the intake workflow uses it: one shared engine that renders pack forms with
 * their pack's layouts, definitions read back from the pinned JSON (checked against the pinned
 * SHA-256, cached by it), and the JSON shapes stored for scores, signatures and changes.
 */
@ApplicationScoped
public class IntakeEngine {

  private static final int CACHED_DEFINITIONS = 256;

  private FormEngine engine;
  private final Map<String, FormDefinition> definitions =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, FormDefinition> eldest) {
          return size() > CACHED_DEFINITIONS;
        }
      };

  protected IntakeEngine() {}

  @Inject
  public IntakeEngine(PracticePacks packs) {
    this.engine =
        new FormEngine(ParseLimits.DEFAULT, definition -> packs.layouts().apply(definition));
  }

  public FormEngine engine() {
    return engine;
  }

  /** The definition the form was sent with; a stored text that no longer hashes the same fails. */
  public FormDefinition definitionOf(AssignedForm form) {
    return definition(form.definitionJson(), form.definitionSha256(), "form " + form.id());
  }

  /** The definition a form would be sent with now, as {@link FormPinning} pinned it. */
  public FormDefinition definitionOf(PinnedForm pinned) {
    return definition(pinned.definitionJson(), pinned.sha256(), "\"" + pinned.title() + "\"");
  }

  private FormDefinition definition(String json, String sha256, String what) {
    synchronized (definitions) {
      FormDefinition cached = definitions.get(sha256);
      if (cached != null) {
        return cached;
      }
    }
    FormDefinition definition = engine.read(json);
    if (!definition.sha256().equals(sha256)) {
      throw new IllegalStateException("The stored definition of " + what + " changed");
    }
    synchronized (definitions) {
      definitions.put(sha256, definition);
    }
    return definition;
  }

  /** A score as stored and shown to staff (English labels). */
  public record ScoreLine(String id, String label, String value, String band) {}

  /** A raised or lowered flag as stored. */
  public record FlagLine(String id, String label, boolean raised) {}

  public static String scoresJson(ScoreReport report) {
    ObjectNode json = Json.object();
    ArrayNode scores = json.putArray("scores");
    for (ScoreResult score : report.scores()) {
      scores
          .addObject()
          .put("id", score.id())
          .put("label", score.label().text(Locale.ENGLISH))
          .put("value", score.isComplete() ? score.value().toPlainString() : null)
          .put("band", score.band() == null ? null : score.band().text(Locale.ENGLISH));
    }
    ArrayNode flags = json.putArray("flags");
    for (FlagResult flag : report.flags()) {
      flags
          .addObject()
          .put("id", flag.id())
          .put("label", flag.label().text(Locale.ENGLISH))
          .put("raised", flag.raised());
    }
    return Json.write(json);
  }

  public static List<ScoreLine> scores(String json) {
    List<ScoreLine> lines = new ArrayList<>();
    if (json != null) {
      for (JsonNode s : Json.parse(json).path("scores")) {
        lines.add(
            new ScoreLine(
                s.path("id").asText(),
                s.path("label").asText(),
                s.path("value").isNull() ? null : s.path("value").asText(null),
                s.path("band").isNull() ? null : s.path("band").asText(null)));
      }
    }
    return lines;
  }

  public static List<FlagLine> flags(String json) {
    List<FlagLine> lines = new ArrayList<>();
    if (json != null) {
      for (JsonNode f : Json.parse(json).path("flags")) {
        lines.add(
            new FlagLine(
                f.path("id").asText(), f.path("label").asText(), f.path("raised").asBoolean()));
      }
    }
    return lines;
  }

  public static String signaturesJson(List<SignatureRecord> records) {
    ArrayNode array = Json.mapper().createArrayNode();
    records.forEach(r -> array.add(r.toJson()));
    return Json.write(array);
  }

  /** The signature records as stored by {@link #signaturesJson}. */
  public static List<SignatureRecord> signatures(String json) {
    List<SignatureRecord> records = new ArrayList<>();
    if (json != null) {
      for (JsonNode r : Json.parse(json)) {
        records.add(
            new SignatureRecord(
                r.path("formId").asText(),
                r.path("formVersion").asInt(),
                r.path("formSha256").asText(),
                r.path("field").asText(),
                r.path("typedName").asText(),
                blob(r.path("image")),
                blob(r.path("strokes")),
                r.path("intentStatement").asText(),
                r.path("signer").asText(),
                r.path("onBehalfOf").isMissingNode() ? null : r.path("onBehalfOf").asText(),
                java.time.Instant.parse(r.path("signedAt").asText()),
                r.path("ipAddress").asText(),
                r.path("userAgent").asText(),
                r.path("documentSha256").asText()));
      }
    }
    return records;
  }

  private static org.foyer.forms.signature.BlobRef blob(JsonNode node) {
    return node.isObject()
        ? new org.foyer.forms.signature.BlobRef(
            node.path("ref").asText(),
            node.path("sha256").asText(),
            node.path("mediaType").asText())
        : null;
  }

  public static String changesJson(List<PrefillChange> changes) {
    ArrayNode array = Json.mapper().createArrayNode();
    for (PrefillChange change : changes) {
      array
          .addObject()
          .put("field", change.field())
          .put("fact", change.fact().name())
          .put("prefilled", change.prefilled())
          .put("answered", change.answered());
    }
    return Json.write(array);
  }

  public static List<PrefillChange> changes(String json) {
    List<PrefillChange> changes = new ArrayList<>();
    if (json != null) {
      for (JsonNode c : Json.parse(json)) {
        changes.add(
            new PrefillChange(
                c.path("field").asText(),
                ClientFact.valueOf(c.path("fact").asText()),
                c.path("prefilled").asText(null),
                c.path("answered").isNull() ? null : c.path("answered").asText(null)));
      }
    }
    return changes;
  }
}
