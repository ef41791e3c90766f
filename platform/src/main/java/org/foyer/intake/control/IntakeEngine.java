package org.foyer.intake.control;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foyer.admin.packs.PracticePacks;
import org.foyer.forms.FormEngine;
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

  /** Scores and flags as stored in one column. */
  record StoredScores(List<ScoreLine> scores, List<FlagLine> flags) {}

  public static String scoresJson(ScoreReport report) {
    List<ScoreLine> scores = new ArrayList<>();
    for (ScoreResult score : report.scores()) {
      scores.add(
          new ScoreLine(
              score.id(),
              score.label().text(Locale.ENGLISH),
              score.isComplete() ? score.value().toPlainString() : null,
              score.band() == null ? null : score.band().text(Locale.ENGLISH)));
    }
    List<FlagLine> flags = new ArrayList<>();
    for (FlagResult flag : report.flags()) {
      flags.add(new FlagLine(flag.id(), flag.label().text(Locale.ENGLISH), flag.raised()));
    }
    return Json.store(new StoredScores(scores, flags));
  }

  public static List<ScoreLine> scores(String json) {
    return json == null ? List.of() : listOrEmpty(storedScores(json).scores());
  }

  public static List<FlagLine> flags(String json) {
    return json == null ? List.of() : listOrEmpty(storedScores(json).flags());
  }

  private static StoredScores storedScores(String json) {
    return Json.read(json, new TypeReference<StoredScores>() {});
  }

  public static String signaturesJson(List<SignatureRecord> records) {
    return Json.store(records);
  }

  /** The signature records as stored by {@link #signaturesJson}. */
  public static List<SignatureRecord> signatures(String json) {
    return json == null
        ? List.of()
        : Json.read(json, new TypeReference<List<SignatureRecord>>() {});
  }

  public static String changesJson(List<PrefillChange> changes) {
    return Json.store(changes);
  }

  public static List<PrefillChange> changes(String json) {
    return json == null ? List.of() : Json.read(json, new TypeReference<List<PrefillChange>>() {});
  }

  private static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
