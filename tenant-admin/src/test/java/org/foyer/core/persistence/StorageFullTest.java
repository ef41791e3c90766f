package org.foyer.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.foyer.core.errors.StorageFull;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantSlug;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A database whose disk is full refuses writes with SQLSTATE 53100. The trigger stands in for the
 * disk: PostgreSQL raises the very error a full disk gives, through the same driver and EclipseLink
 * layers, which is what the translation depends on.
 */
class StorageFullTest {

  static final TestDatabase db = TestDatabase.get();

  @AfterEach
  void diskHasRoomAgain() throws SQLException {
    owner("DROP TRIGGER IF EXISTS disk_is_full ON practice");
  }

  @Test
  void aWriteRefusedForAFullDiskIsStorageFullAndStoresNothing() throws SQLException {
    owner(
        "CREATE OR REPLACE FUNCTION refuse_as_disk_full() RETURNS trigger LANGUAGE plpgsql AS"
            + " $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'"
            + " USING ERRCODE = 'disk_full'; END $$");
    owner(
        "CREATE TRIGGER disk_is_full BEFORE INSERT ON practice"
            + " FOR EACH ROW EXECUTE FUNCTION refuse_as_disk_full()");
    String slug = "full-" + UUID.randomUUID().toString().substring(0, 8);
    Practice practice = new Practice(new TenantSlug(slug), "Full disk", "UTC", Instant.now());

    assertThatThrownBy(() -> db.inTenant(practice.tenantId(), () -> persist(practice)))
        .isInstanceOf(StorageFull.class)
        .hasMessageContaining("disk is full");

    diskHasRoomAgain();
    Practice sameSlug = new Practice(new TenantSlug(slug), "Full disk", "UTC", Instant.now());
    // Had the refused unit stored its practice, the slug would now be taken.
    db.inTenant(sameSlug.tenantId(), () -> persist(sameSlug));
  }

  @Test
  void otherDatabaseFailuresAreNotStorageFull() {
    Practice duplicate =
        new Practice(
            new TenantSlug("dup-" + UUID.randomUUID().toString().substring(0, 8)),
            "Twice",
            "UTC",
            Instant.now());
    db.inTenant(duplicate.tenantId(), () -> persist(duplicate));
    Practice again = new Practice(duplicate.slug(), "Twice again", "UTC", Instant.now());

    assertThatThrownBy(() -> db.inTenant(again.tenantId(), () -> persist(again)))
        .isInstanceOf(PersistenceException.class)
        .isNotInstanceOf(StorageFull.class)
        .satisfies(e -> assertThat(StorageFull.explains(e)).isFalse());
  }

  private static Object persist(Practice practice) {
    db.entityManager().persist(practice);
    db.entityManager().flush();
    return practice;
  }

  private static void owner(String sql) throws SQLException {
    try (Connection connection = db.database().openOwnerConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
