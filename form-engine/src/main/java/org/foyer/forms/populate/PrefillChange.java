package org.foyer.forms.populate;

import org.foyer.forms.definition.rules.ClientFact;

/**
 * A pre-filled answer the client changed: staff review it and may copy {@code answered} back into
 * the record's {@code fact}. {@code answered} is null when the client cleared the field.
 */
public record PrefillChange(String field, ClientFact fact, String prefilled, String answered) {}
