package org.foyer.admin.roles.entity;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.foyer.core.access.Capability;
import org.foyer.forms.json.Json;

/**
 * Stores a set of capabilities as a JSON array of their names. The sets are small, always read
 * whole and never searched by member, so a column beats a join table (which EclipseLink's
 * multitenancy would need a tenant column and entity for). A name no longer in {@link Capability}
 * is dropped on reading: an unknown permission must grant nothing.
 */
@Converter
public class CapabilitiesConverter implements AttributeConverter<Set<Capability>, String> {

  public static final int COLUMN_LENGTH = 1000;

  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  @Override
  public String convertToDatabaseColumn(Set<Capability> capabilities) {
    return Json.store(
        capabilities == null ? List.of() : capabilities.stream().sorted().map(Enum::name).toList());
  }

  @Override
  public Set<Capability> convertToEntityAttribute(String names) {
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    if (names == null || names.isBlank()) {
      return capabilities;
    }
    for (String name : Json.read(names, NAMES)) {
      Arrays.stream(Capability.values())
          .filter(c -> c.name().equals(name))
          .findFirst()
          .ifPresent(capabilities::add);
    }
    return capabilities;
  }
}
