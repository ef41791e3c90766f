package org.foyer.intake.filling.boundary;

import java.util.Locale;
import java.util.Objects;

/** Where a submission came from, for the signature record and the audit log. */
public record SigningContext(String address, String userAgent, Locale locale) {

  public SigningContext {
    address = address == null || address.isBlank() ? "unknown" : address;
    userAgent = userAgent == null ? "" : userAgent;
    locale = Objects.requireNonNullElse(locale, Locale.ENGLISH);
  }
}
