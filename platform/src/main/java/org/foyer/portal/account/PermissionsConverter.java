package org.foyer.portal.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A link's permissions as one column of names in their declared order ("FORMS,DOCUMENTS"). */
@Converter
public class PermissionsConverter implements AttributeConverter<Set<ContactPermission>, String> {

  /** Room for every name with its comma. */
  static final int COLUMN_LENGTH = 80;

  @Override
  public String convertToDatabaseColumn(Set<ContactPermission> permissions) {
    return permissions == null || permissions.isEmpty()
        ? ""
        : EnumSet.copyOf(permissions).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<ContactPermission> convertToEntityAttribute(String column) {
    EnumSet<ContactPermission> permissions = EnumSet.noneOf(ContactPermission.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::strip)
          .map(ContactPermission::valueOf)
          .forEach(permissions::add);
    }
    return permissions;
  }
}
