package org.foyer.core.persistence.columns;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.foyer.forms.json.Json;

/**
 * Stores a small set of enum constants as a JSON array of their names, in declared order. Such sets
 * are read whole and never searched by member, so a column beats a join table (which EclipseLink's
 * multitenancy would need a tenant column and entity for). A name no longer declared is dropped on
 * reading: an unknown permission or capability must grant nothing, and must not make the row
 * unreadable.
 */
public abstract class EnumNamesConverter<E extends Enum<E>>
    implements AttributeConverter<Set<E>, String> {

  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  private final Class<E> type;

  protected EnumNamesConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(Set<E> members) {
    return Json.store(
        members == null || members.isEmpty()
            ? List.of()
            : EnumSet.copyOf(members).stream().map(Enum::name).toList());
  }

  @Override
  public Set<E> convertToEntityAttribute(String column) {
    Set<E> members = EnumSet.noneOf(type);
    if (column == null || column.isBlank()) {
      return members;
    }
    for (String name : Json.read(column, NAMES)) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          members.add(constant);
        }
      }
    }
    return members;
  }
}
