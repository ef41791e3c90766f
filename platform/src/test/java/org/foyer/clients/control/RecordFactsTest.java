package org.foyer.clients.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.foyer.clients.entity.ClientDetails;
import org.foyer.clients.entity.ClientStatus;
import org.foyer.core.errors.InvalidInput;
import org.foyer.fixtures.SampleClients;
import org.foyer.forms.definition.rules.ClientFact;
import org.junit.jupiter.api.Test;

class RecordFactsTest {

  final UUID clinician = UUID.randomUUID();
  final ClientDetails record =
      SampleClients.with(
          SampleClients.complete("Jo", "Rivera", LocalDate.of(1990, 5, 1)),
          "clinicianId",
          clinician,
          "status",
          ClientStatus.ACTIVE);

  @Test
  void everyFactTheRecordHoldsIsTakeableAndNoOther() {
    assertThat(ClientFact.values())
        .filteredOn(RecordFacts::takeable)
        .containsExactlyInAnyOrder(
            ClientFact.LEGAL_FIRST_NAME,
            ClientFact.LEGAL_LAST_NAME,
            ClientFact.PREFERRED_NAME,
            ClientFact.PRONOUNS,
            ClientFact.DATE_OF_BIRTH,
            ClientFact.ADDRESS_LINE1,
            ClientFact.ADDRESS_LINE2,
            ClientFact.CITY,
            ClientFact.REGION,
            ClientFact.POSTAL_CODE,
            ClientFact.PHONE,
            ClientFact.EMAIL,
            ClientFact.EMERGENCY_CONTACT_NAME,
            ClientFact.EMERGENCY_CONTACT_PHONE,
            ClientFact.EMERGENCY_CONTACT_RELATIONSHIP);
  }

  @Test
  void theRecordsFactsAreItsFieldsWithTheClinicianByName() {
    Map<ClientFact, String> facts = RecordFacts.of(record, Optional.of("Dr. Rae Lin"));

    assertThat(facts)
        .containsEntry(ClientFact.LEGAL_FIRST_NAME, "Jo")
        .containsEntry(ClientFact.PREFERRED_NAME, "Joey")
        .containsEntry(ClientFact.DATE_OF_BIRTH, "1990-05-01")
        .containsEntry(ClientFact.ADDRESS_LINE1, "1 Lake St")
        .containsEntry(ClientFact.ADDRESS_LINE2, null)
        .containsEntry(ClientFact.EMERGENCY_CONTACT_RELATIONSHIP, "Partner")
        .containsEntry(ClientFact.CLINICIAN_NAME, "Dr. Rae Lin")
        .doesNotContainKeys(ClientFact.INSURANCE_PAYER, ClientFact.TODAY);
    assertThat(facts.keySet()).filteredOn(RecordFacts::takeable).hasSize(15);
  }

  @Test
  void withoutAPreferredNameTheLegalFirstNameIsPreferredAndNoClinicianNoName() {
    ClientDetails plain = SampleClients.minimal("Sam", "Lee", LocalDate.of(1985, 2, 3));

    Map<ClientFact, String> facts = RecordFacts.of(plain, Optional.empty());

    assertThat(facts).containsEntry(ClientFact.PREFERRED_NAME, "Sam");
    assertThat(facts).doesNotContainKey(ClientFact.CLINICIAN_NAME);
  }

  @Test
  void aTakenAnswerReplacesItsOneFieldAndKeepsTheRest() {
    ClientDetails moved = RecordFacts.with(record, ClientFact.ADDRESS_LINE1, "9 River Rd");
    ClientDetails born = RecordFacts.with(record, ClientFact.DATE_OF_BIRTH, "1991-06-02");
    ClientDetails cleared = RecordFacts.with(record, ClientFact.PRONOUNS, null);

    assertThat(moved.addressLine1()).isEqualTo("9 River Rd");
    assertThat(moved).usingRecursiveComparison().ignoringFields("addressLine1").isEqualTo(record);
    assertThat(born.dateOfBirth()).isEqualTo(LocalDate.of(1991, 6, 2));
    assertThat(cleared.pronouns()).isNull();
    assertThat(cleared.clinicianId()).isEqualTo(clinician);
  }

  @Test
  void aFactTheRecordDoesNotHoldIsRefused() {
    assertThatThrownBy(() -> RecordFacts.with(record, ClientFact.INSURANCE_PAYER, "Acme"))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("That answer cannot be taken into the client record");
  }
}
