package org.foyer.diagnoses;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A diagnosis as staff type it: an ICD-10-CM code (F41.1; the dot may be left out, letters in any
 * case) and its words as the clinician writes them.
 */
public record DiagnosisInput(
    @NotBlank(message = "{diagnosis.code.required}")
        @Size(max = DiagnosisInput.CODE_TYPED_LENGTH, message = "{foyer.tooLong}")
        String code,
    @NotBlank(message = "{diagnosis.description.required}")
        @Size(max = DiagnosisInput.DESCRIPTION_LENGTH, message = "{foyer.tooLong}")
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{diagnosis.description.plain}")
        String description) {

  public static final int CODE_TYPED_LENGTH = 12;
  public static final int DESCRIPTION_LENGTH = 200;

  public DiagnosisInput(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The code as ICD-10-CM writes it (F41.1), or empty when what was typed is not one. */
  public java.util.Optional<String> normalisedCode() {
    if (code == null) {
      return java.util.Optional.empty();
    }
    String typed = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (!typed.matches("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?")) {
      return java.util.Optional.empty();
    }
    String compact = typed.replace(".", "");
    return java.util.Optional.of(
        compact.length() == 3 ? compact : compact.substring(0, 3) + "." + compact.substring(3));
  }
}
