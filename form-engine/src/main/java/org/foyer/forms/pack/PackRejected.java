package org.foyer.forms.pack;

import java.util.List;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.definition.problems.ProblemsFound;

/** A pack that cannot be installed, with every problem found (file, JSON pointer, reason). */
public class PackRejected extends ProblemsFound {
  private static final long serialVersionUID = 1L;

  public PackRejected(List<DefinitionProblem> problems) {
    super("Template pack rejected", problems);
  }

  public static PackRejected of(String file, String reason) {
    return new PackRejected(List.of(new DefinitionProblem(file, "", reason)));
  }
}
