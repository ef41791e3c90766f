package org.foyer.forms.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.LocalizedText;
import org.foyer.forms.definition.problems.DefinitionProblem;

/** Reads and checks a definition's "scoring" block, reporting problems with JSON pointers. */
public final class ScoringReader {

  /** Returns the spec, or {@link ScoringSpec#NONE} when the form has no scoring. */
  public ScoringSpec read(FormDefinition definition, List<DefinitionProblem> problems) {
    JsonNode node = definition.scoring().orElse(null);
    if (node == null) {
      return ScoringSpec.NONE;
    }
    Set<String> fields = new LinkedHashSet<>(definition.schemaView().path("properties").size());
    definition.schemaView().path("properties").fieldNames().forEachRemaining(fields::add);
    Set<String> scoreIds = new LinkedHashSet<>();
    List<ScoringSpec.ScoreRule> scores = new ArrayList<>();
    JsonNode scoresNode = node.path("scores");
    for (int i = 0; i < scoresNode.size(); i++) {
      String at = "/scoring/scores/" + i;
      JsonNode s = scoresNode.get(i);
      String id = s.path("id").asText("");
      if (!id.matches("[A-Za-z][A-Za-z0-9_-]{0,63}") || scoreIds.contains(id)) {
        problems.add(DefinitionProblem.at(at + "/id", "needs a unique identifier"));
      }
      Expression expression =
          new ExpressionReader(fields, Set.copyOf(scoreIds), problems)
              .read(s.get("expression"), at + "/expression");
      scoreIds.add(id);
      scores.add(
          new ScoringSpec.ScoreRule(
              id,
              label(s.get("label")),
              expression,
              decimal(s.get("min")),
              decimal(s.get("max")),
              "zero".equals(s.path("missing").asText()),
              bands(s.path("bands"), at + "/bands", problems)));
    }
    List<ScoringSpec.FlagRule> flags = new ArrayList<>();
    JsonNode flagsNode = node.path("flags");
    for (int i = 0; i < flagsNode.size(); i++) {
      String at = "/scoring/flags/" + i;
      JsonNode f = flagsNode.get(i);
      flags.add(
          new ScoringSpec.FlagRule(
              f.path("id").asText(),
              label(f.get("label")),
              new ExpressionReader(fields, scoreIds, problems).read(f.get("when"), at + "/when")));
    }
    if (scores.isEmpty() && flags.isEmpty()) {
      problems.add(DefinitionProblem.at("/scoring", "declares no scores and no flags"));
    }
    return new ScoringSpec(scores, flags);
  }

  private static List<ScoringSpec.Band> bands(
      JsonNode node, String at, List<DefinitionProblem> problems) {
    List<ScoringSpec.Band> bands = new ArrayList<>();
    BigDecimal previous = null;
    for (int i = 0; i < node.size(); i++) {
      JsonNode from = node.get(i).get("from");
      if (from == null || !from.isNumber()) {
        problems.add(DefinitionProblem.at(at + "/" + i + "/from", "must be a number"));
        continue;
      }
      if (previous != null && from.decimalValue().compareTo(previous) <= 0) {
        problems.add(DefinitionProblem.at(at + "/" + i + "/from", "bands must be in rising order"));
      }
      previous = from.decimalValue();
      bands.add(new ScoringSpec.Band(from.decimalValue(), label(node.get(i).get("label"))));
    }
    return bands;
  }

  private static BigDecimal decimal(JsonNode node) {
    return node != null && node.isNumber() ? node.decimalValue() : null;
  }

  private static LocalizedText label(JsonNode node) {
    if (node == null) {
      return LocalizedText.EMPTY;
    }
    if (node.isTextual()) {
      return LocalizedText.plain(node.textValue());
    }
    Map<String, String> texts = new HashMap<>();
    node.fields()
        .forEachRemaining(
            e -> texts.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
    return LocalizedText.of(texts);
  }
}
