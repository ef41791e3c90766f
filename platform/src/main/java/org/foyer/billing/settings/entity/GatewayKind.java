package org.foyer.billing.settings.entity;

/** Which processor a payment went through. */
public enum GatewayKind {
  /** Money staff took in person and recorded: cash, cheque, a card terminal. */
  MANUAL,
  /** A stand-in processor for development without keys; it behaves like the real one. */
  TEST,
  STRIPE
}
