package org.foyer.forms.pack;

import java.util.List;
import java.util.stream.Collectors;
import org.foyer.forms.definition.DefinitionProblem;

/** A pack that cannot be installed, with every problem found (file, JSON pointer, reason). */
public class PackRejected extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<DefinitionProblem> problems;

  public PackRejected(List<DefinitionProblem> problems) {
    super(
        "Template pack rejected: "
            + problems.stream().map(DefinitionProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public static PackRejected of(String file, String reason) {
    return new PackRejected(List.of(new DefinitionProblem(file, "", reason)));
  }

  public List<DefinitionProblem> problems() {
    return problems;
  }
}
