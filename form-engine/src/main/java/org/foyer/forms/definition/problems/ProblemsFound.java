package org.foyer.forms.definition.problems;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a refusal of the engine's input carries: every problem found, not just the first, and a
 * message that lists them. {@link InvalidDefinition} and the pack reader's refusal are its kinds.
 */
public abstract class ProblemsFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<DefinitionProblem> problems;

  /**
   * @param what the refusal in words, before the problems ("Invalid form definition")
   */
  protected ProblemsFound(String what, List<DefinitionProblem> problems) {
    super(
        what
            + ": "
            + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<DefinitionProblem> problems() {
    return problems;
  }
}
