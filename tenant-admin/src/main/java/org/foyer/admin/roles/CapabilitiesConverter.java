package org.foyer.admin.roles;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.foyer.access.Capability;

/**
 * Stores a set of capabilities as their comma-separated names. The sets are small, always read
 * whole and never searched by member, so a column beats a join table (which EclipseLink's
 * multitenancy would need a tenant column and entity for). A name no longer in {@link Capability}
 * is dropped on reading: an unknown permission must grant nothing.
 */
@Converter
public class CapabilitiesConverter implements AttributeConverter<Set<Capability>, String> {

  public static final int COLUMN_LENGTH = 1000;

  @Override
  public String convertToDatabaseColumn(Set<Capability> capabilities) {
    return capabilities == null
        ? ""
        : capabilities.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<Capability> convertToEntityAttribute(String names) {
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    if (names == null || names.isBlank()) {
      return capabilities;
    }
    Arrays.stream(names.split(","))
        .map(String::strip)
        .forEach(
            name ->
                Arrays.stream(Capability.values())
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .ifPresent(capabilities::add));
    return capabilities;
  }
}
