package org.foyer.core.persistence.columns;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Passes UUIDs through unchanged. EclipseLink 4.0.7's built-in UUIDConverter throws a
 * NullPointerException reading a NULL uuid column ("jdbcValue is null"); naming a converter of our
 * own on optional UUID attributes keeps EclipseLink's out of the way.
 */
@Converter
public class OptionalUuidConverter implements AttributeConverter<UUID, UUID> {

  @Override
  public UUID convertToDatabaseColumn(UUID value) {
    return value;
  }

  @Override
  public UUID convertToEntityAttribute(UUID value) {
    return value;
  }
}
