package org.foyer.core.persistence.columns;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import org.foyer.forms.json.Json;

/**
 * Stores a list of strings as a JSON array, so that no separator character is reserved inside its
 * values. An absent list stays NULL, which is what lets an embeddable read back as absent.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(List<String> values) {
    return values == null ? null : Json.store(values);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isBlank() ? null : List.copyOf(Json.read(column, STRINGS));
  }
}
