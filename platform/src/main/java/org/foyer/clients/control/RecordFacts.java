package org.foyer.clients.control;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.foyer.clients.entity.ClientDetails;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.validation.RecordDraft;
import org.foyer.forms.definition.rules.ClientFact;

/**
 * The client record as the form engine's client facts, both ways: the facts a form is pre-filled
 * from, and which facts staff can take back into the record, where a changed pre-filled answer
 * replaces the one field it came from, everything else unchanged. Facts the record does not hold
 * (insurance, practice, clinician, today) are not takeable; a field added to the record under a
 * fact's name becomes a fact and takeable by itself.
 */
public final class RecordFacts {

  /** The record's fields that a fact can fill: those named as the fact is, in camel case. */
  private static final Set<String> FIELDS =
      Arrays.stream(ClientDetails.class.getRecordComponents())
          .map(RecordComponent::getName)
          .collect(Collectors.toUnmodifiableSet());

  private RecordFacts() {}

  /**
   * The record's facts: each field under its fact's name (dates as ISO text), the legal first name
   * when no other is preferred, and the clinician's name when the record names a clinician.
   */
  public static Map<ClientFact, String> of(ClientDetails details, Optional<String> clinicianName) {
    Map<String, Object> values = RecordDraft.of(ClientDetails.class, details).getValues();
    Map<ClientFact, String> facts = new EnumMap<>(ClientFact.class);
    for (ClientFact fact : ClientFact.values()) {
      if (takeable(fact)) {
        Object value = values.get(field(fact));
        facts.put(fact, value == null ? null : value.toString());
      }
    }
    if (details.preferredName() == null) {
      facts.put(ClientFact.PREFERRED_NAME, details.legalFirstName());
    }
    if (details.clinicianId() != null) {
      facts.put(ClientFact.CLINICIAN_NAME, clinicianName.orElse(null));
    }
    return facts;
  }

  public static boolean takeable(ClientFact fact) {
    return FIELDS.contains(field(fact));
  }

  /** The record with the fact set to the value (null clears an optional field). */
  public static ClientDetails with(ClientDetails details, ClientFact fact, String value) {
    if (!takeable(fact)) {
      throw new InvalidInput(
          "That answer cannot be taken into the client record",
          Map.of("field", "the record has no place for it"));
    }
    RecordDraft<ClientDetails> draft = RecordDraft.of(ClientDetails.class, details);
    draft.getValues().put(field(fact), value);
    return draft.build();
  }

  /** LEGAL_FIRST_NAME names legalFirstName, ADDRESS_LINE1 addressLine1. */
  private static String field(ClientFact fact) {
    StringBuilder name = new StringBuilder();
    for (String word : fact.name().toLowerCase(Locale.ROOT).split("_")) {
      name.append(
          name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.toString();
  }
}
