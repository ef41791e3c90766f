package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.foyer.forms.answers.FieldError;

/** One compiled keyword of a {@link SchemaCheck}: checks a value, adding its errors. */
interface SchemaKeyword {
  void check(JsonNode value, String pointer, List<FieldError> errors);
}
