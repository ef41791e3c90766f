package org.foyer.admin.staff.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.invitation.InvitationToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing the loosely typed parts of the staff API's bodies. */
class StaffRequestsTest {

  @Test
  void builtInRolesAreNamedExactly() {
    assertThat(StaffRequests.role("THERAPIST")).isEqualTo(StaffRole.THERAPIST);
    assertThatThrownBy(() -> StaffRequests.role("therapist"))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("role"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void aMissingRoleAsksForOne(String role) {
    assertThatThrownBy(() -> StaffRequests.role(role))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("Choose a role");
  }

  @Test
  void idsThatAreNotUuidsAreNotFound() {
    assertThatThrownBy(() -> StaffRequests.id("../../etc", "That staff member"))
        .isInstanceOf(NotFound.class)
        .hasMessage("That staff member was not found");
    assertThatThrownBy(() -> StaffRequests.id(null, "That role")).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> StaffRequests.roleIds(Arrays.asList("x", null)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void roleIdsAreParsedAndDeduplicated() {
    UUID id = UUID.randomUUID();
    assertThat(StaffRequests.roleIds(List.of(id.toString(), id.toString()))).containsExactly(id);
    assertThat(StaffRequests.roleIds(null)).isEmpty();
  }

  @Test
  void aMissingBodyIsInvalidInput() {
    assertThatThrownBy(() -> InvalidInput.requireBody(null))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("The request needs a JSON body");
  }

  @Test
  void invitationTokensAreRandomUrlSafeAndHiddenInLogs() {
    InvitationToken first = InvitationToken.issue();
    InvitationToken second = InvitationToken.issue();
    assertThat(first.value()).isNotEqualTo(second.value());
    assertThat(InvitationToken.isWellFormed(first.value())).isTrue();
    assertThat(first.hash()).matches("[0-9a-f]{64}");
    assertThat(first.toString()).doesNotContain(first.value());
  }
}
