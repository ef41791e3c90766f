package org.foyer.messages.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.fixtures.SampleCallers;
import org.junit.jupiter.api.Test;

class ParticipantsTest {

  final Caller clinician = SampleCallers.staff("rae@example.org", Set.of());
  final Caller desk = SampleCallers.staff("desk@example.org", Set.of());
  final Caller triage =
      SampleCallers.staff("triage@example.org", EnumSet.of(Capability.READ_ALL_CLIENT_MESSAGES));

  @Test
  void theClientsClinicianTakesPart() {
    assertThat(Participants.staffTakesPart(clinician, clinician.accountId())).isTrue();
    assertThat(Participants.seesEveryClient(clinician)).isFalse();
  }

  @Test
  void otherStaffTakePartOnlyWithTheCapability() {
    assertThat(Participants.staffTakesPart(desk, clinician.accountId())).isFalse();
    assertThat(Participants.staffTakesPart(desk, null)).isFalse();
    assertThat(Participants.staffTakesPart(triage, clinician.accountId())).isTrue();
    assertThat(Participants.seesEveryClient(triage)).isTrue();
  }

  @Test
  void aPortalLoginIsNeverCareTeam() {
    Caller portal = SampleCallers.portal(clinician.accountId(), "jo@example.org");
    assertThat(Participants.staffTakesPart(portal, clinician.accountId())).isFalse();
    assertThat(
            Participants.staffTakesPart(SampleCallers.portal(UUID.randomUUID(), "x@y.org"), null))
        .isFalse();
  }
}
