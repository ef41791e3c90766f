package org.foyer.admin.roles.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.columns.EnumNamesConverter;

/** A role's capabilities as a JSON array of names; a name no longer declared grants nothing. */
@Converter
public class CapabilitiesConverter extends EnumNamesConverter<Capability>
    // Named again here: EclipseLink reads the column and attribute types from the converter's own
    // interfaces, and takes the enum for the database type when it only sees the generic base.
    implements AttributeConverter<Set<Capability>, String> {

  public static final int COLUMN_LENGTH = 1000;

  public CapabilitiesConverter() {
    super(Capability.class);
  }
}
