package org.foyer.templates;

import java.util.List;
import java.util.stream.Collectors;
import org.foyer.forms.definition.DefinitionProblem;

/**
 * A pack that cannot be installed, with every problem found: the file, the JSON pointer inside it
 * and the reason. Nothing of an invalid pack is installed.
 */
public class InvalidPack extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<DefinitionProblem> problems;

  public InvalidPack(List<DefinitionProblem> problems) {
    super(
        "Invalid template pack: "
            + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  static InvalidPack of(String file, String reason) {
    return new InvalidPack(List.of(new DefinitionProblem(file, "", reason)));
  }

  public List<DefinitionProblem> problems() {
    return problems;
  }
}
