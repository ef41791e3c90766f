package org.foyer.portal.account.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.foyer.core.persistence.columns.EnumNamesConverter;
import org.foyer.portal.account.ContactPermission;

/**
 * A link's permissions as a JSON array of names (["FORMS","DOCUMENTS"]); a name no longer declared
 * permits nothing.
 */
@Converter
public class PermissionsConverter extends EnumNamesConverter<ContactPermission>
    // Named again here: EclipseLink reads the column and attribute types from the converter's own
    // interfaces, and takes the enum for the database type when it only sees the generic base.
    implements AttributeConverter<Set<ContactPermission>, String> {

  /** Room for every name, quoted, with its comma. */
  static final int COLUMN_LENGTH = 200;

  public PermissionsConverter() {
    super(ContactPermission.class);
  }
}
