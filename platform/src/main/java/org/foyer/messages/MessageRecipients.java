package org.foyer.messages;

/**
 * Whom a practice's clients write to. The client's clinician always reads and answers; with {@link
 * #CLINICIAN_AND_FRONT_DESK} so do staff holding "Read all client messages" (the front desk). With
 * {@link #CLINICIAN} those staff still read every conversation (oversight and triage), but only the
 * clinician answers, unless the client has no clinician, when the front desk answers anyway so that
 * no client writes into a void.
 */
public enum MessageRecipients {
  CLINICIAN("Their clinician"),
  CLINICIAN_AND_FRONT_DESK("Their clinician and the front desk");

  private final String label;

  MessageRecipients(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
