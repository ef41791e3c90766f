package org.foyer.portal.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;
import org.junit.jupiter.api.Test;

/** A link's permissions in the words staff read, and as the column stores them. */
class ContactPermissionTest {

  final PermissionsConverter column = new PermissionsConverter();

  @Test
  void permissionsAreDescribedInPlainWords() {
    assertThat(ContactPermission.describe(ContactPermission.none()))
        .isEqualTo("Listed only: no access for this client");
    assertThat(ContactPermission.describe(ContactPermission.all()))
        .isEqualTo("Everything for this client");
    assertThat(ContactPermission.describe(EnumSet.of(ContactPermission.BILLING)))
        .isEqualTo("May view and pay invoices");
    assertThat(
            ContactPermission.describe(
                EnumSet.of(
                    ContactPermission.NOTICES,
                    ContactPermission.FORMS,
                    ContactPermission.DOCUMENTS)))
        .isEqualTo("May view and complete forms, view documents and receive notices");
  }

  @Test
  void theColumnHoldsNamesInDeclaredOrderAndReadsBackTheSameSet() {
    EnumSet<ContactPermission> some =
        EnumSet.of(ContactPermission.NOTICES, ContactPermission.FORMS);

    assertThat(column.convertToDatabaseColumn(some)).isEqualTo("[\"FORMS\",\"NOTICES\"]");
    assertThat(column.convertToEntityAttribute("[\"FORMS\", \"NOTICES\"]")).isEqualTo(some);
    assertThat(column.convertToDatabaseColumn(ContactPermission.none())).isEqualTo("[]");
    assertThat(column.convertToEntityAttribute("[]")).isEmpty();
    assertThat(column.convertToEntityAttribute("[\"RETIRED\", \"FORMS\"]"))
        .as("a permission no longer declared permits nothing")
        .containsExactly(ContactPermission.FORMS);
  }

  @Test
  void theClientThemselfAlwaysMayDoEverything() {
    ClientAccess own =
        new ClientAccess(
            UUID.randomUUID(), null, Relationship.SELF, null, EnumSet.of(ContactPermission.FORMS));

    assertThat(own.permissions()).isEqualTo(ContactPermission.all());
  }

  @Test
  void onlyACustomRelationshipKeepsItsLabel() {
    ClientAccess link =
        new ClientAccess(
            UUID.randomUUID(),
            null,
            Relationship.CUSTOM,
            " Grandmother ",
            ContactPermission.none());
    assertThat(link.relationshipLabel()).isEqualTo("Grandmother");

    link.relate(Relationship.PARENT, "Grandmother");
    assertThat(link.relationshipLabel()).isEqualTo("Parent");
    assertThat(link.customLabel()).isEmpty();
  }
}
