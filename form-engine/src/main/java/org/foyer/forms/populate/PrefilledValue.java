package org.foyer.forms.populate;

import org.foyer.forms.definition.rules.ClientFact;

/** A value the engine put into a field from the record, and whether the client may change it. */
public record PrefilledValue(String field, ClientFact fact, String value, boolean locked) {}
