package org.foyer.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.validation.InputsTest.Kind;
import org.foyer.core.validation.InputsTest.Person;
import org.junit.jupiter.api.Test;

class RecordDraftTest {

  final UUID clinician = UUID.randomUUID();

  @Test
  void aPageEditsTheRecordFieldByFieldAndChoicesTravelAsText() {
    Person stored =
        new Person("Jo", "jo@example.org", LocalDate.of(2001, 2, 3), clinician, Kind.PARENT);

    RecordDraft<Person> draft = RecordDraft.of(Person.class, stored);
    assertThat(draft.getValues())
        .containsEntry("name", "Jo")
        .containsEntry("clinicianId", clinician.toString())
        .containsEntry("kind", "PARENT");

    draft.getValues().put("name", "Jo Rivera");
    draft.getValues().put("kind", "GUARDIAN");
    assertThat(draft.build())
        .isEqualTo(
            new Person(
                "Jo Rivera", "jo@example.org", LocalDate.of(2001, 2, 3), clinician, Kind.GUARDIAN));
  }

  @Test
  void anEmptyDraftBuildsARecordOfAbsentValues() {
    RecordDraft<Person> draft = RecordDraft.empty(Person.class);
    draft.getValues().put("clinicianId", "");
    draft.getValues().put("kind", " ");

    assertThat(draft.build()).isEqualTo(new Person(null, null, null, null, null));
  }

  @Test
  void aTamperedChoiceIsThatFieldsMistakeAndTheDraftKeepsWhatWasTyped() {
    RecordDraft<Person> draft = RecordDraft.empty(Person.class);
    draft.getValues().put("name", "Jo");
    draft.getValues().put("clinicianId", "'; DROP TABLE client; --");
    draft.getValues().put("kind", "ADMINISTRATOR");

    assertThatThrownBy(draft::build)
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.fieldErrors())
                    .containsOnlyKeys("clinicianId", "kind")
                    .containsEntry("kind", "Choose one of the offered values"));
    assertThat(draft.getValues()).containsEntry("name", "Jo");
  }

  @Test
  void aDraftSurvivesTheViewStateOfAPage() throws Exception {
    RecordDraft<Person> draft =
        RecordDraft.of(Person.class, new Person("Jo", null, LocalDate.of(2001, 2, 3), null, null));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(draft);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      @SuppressWarnings("unchecked")
      RecordDraft<Person> restored = (RecordDraft<Person>) in.readObject();
      assertThat(restored.build()).isEqualTo(draft.build());
    }
  }
}
