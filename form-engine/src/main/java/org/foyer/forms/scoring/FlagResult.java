package org.foyer.forms.scoring;

import org.foyer.forms.definition.layout.LocalizedText;

/** A flag that staff must see, such as any answer above 0 on a self-harm item. */
public record FlagResult(String id, LocalizedText label, boolean raised) {}
