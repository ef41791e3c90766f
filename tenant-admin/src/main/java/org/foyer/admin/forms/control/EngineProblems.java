package org.foyer.admin.forms.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foyer.core.errors.InvalidInput;
import org.foyer.forms.definition.problems.DefinitionProblem;

/**
 * Turns the engine's precise problems (file, JSON pointer, reason) into the 400 the API and pages
 * show, one field error per place, so the administrator sees exactly what the engine refused.
 */
public final class EngineProblems {

  private EngineProblems() {}

  public static InvalidInput asInvalidInput(String message, List<DefinitionProblem> problems) {
    Map<String, String> byPlace = new LinkedHashMap<>();
    for (DefinitionProblem problem : problems) {
      String place =
          (problem.file().isEmpty() ? "" : problem.file() + " ")
              + (problem.pointer().isEmpty() ? "/" : problem.pointer());
      byPlace.merge(place, problem.reason(), (a, b) -> a + "; " + b);
    }
    return new InvalidInput(message, byPlace);
  }
}
