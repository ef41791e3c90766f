package org.foyer.forms.definition;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a definition cannot be used; lists every problem found, not just the first. */
public class InvalidDefinition extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<DefinitionProblem> problems;

  public InvalidDefinition(List<DefinitionProblem> problems) {
    super(
        "Invalid form definition: "
            + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<DefinitionProblem> problems() {
    return problems;
  }
}
