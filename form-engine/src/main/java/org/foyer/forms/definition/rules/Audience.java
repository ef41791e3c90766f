package org.foyer.forms.definition.rules;

import java.util.Set;

/**
 * Who a form is for, as its definition's "appliesTo" lists them (in JSON the lower-case names). A
 * form that lists none applies to every client. Age decides: a form for minors only is left out for
 * an adult and the other way round. Couple and insured describe the client's care or coverage,
 * which the record may not know, so they label a form for staff without leaving it out.
 */
public enum Audience {
  ADULT("Adults"),
  MINOR("Minors"),
  COUPLE("Couples"),
  INSURED("Insured clients");

  private final String label;

  Audience(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The name used in a definition's JSON ("adult", "minor", ...). */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether a form for {@code appliesTo} suits a client of this age. */
  public static boolean fitsAge(Set<Audience> appliesTo, boolean minor) {
    boolean ageNamed = appliesTo.contains(ADULT) || appliesTo.contains(MINOR);
    return !ageNamed || appliesTo.contains(minor ? MINOR : ADULT);
  }
}
