package org.foyer.forms.definition.problems;

import java.util.List;

/** Thrown when a definition cannot be used; lists every problem found, not just the first. */
public class InvalidDefinition extends ProblemsFound {
  private static final long serialVersionUID = 1L;

  public InvalidDefinition(List<DefinitionProblem> problems) {
    super("Invalid form definition", problems);
  }
}
