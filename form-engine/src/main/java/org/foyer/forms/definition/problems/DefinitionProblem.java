package org.foyer.forms.definition.problems;

/**
 * One precise thing wrong with a definition or a pack: the file (empty for a lone definition), the
 * JSON pointer inside it (RFC 6901, empty for the whole document) and a plain reason.
 */
public record DefinitionProblem(String file, String pointer, String reason) {

  public static DefinitionProblem at(String pointer, String reason) {
    return new DefinitionProblem("", pointer, reason);
  }

  public DefinitionProblem inFile(String newFile) {
    return new DefinitionProblem(newFile, pointer, reason);
  }

  @Override
  public String toString() {
    return (file.isEmpty() ? "" : file + " ") + (pointer.isEmpty() ? "/" : pointer) + ": " + reason;
  }
}
