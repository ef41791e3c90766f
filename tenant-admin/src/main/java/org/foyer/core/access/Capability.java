package org.foyer.core.access;

/**
 * The named capabilities staff hold. Roles are named sets of them; every service checks one of
 * these, never a role name. The labels are the words administrators see.
 */
public enum Capability {
  /** Client-portal settings: enablement, branding, MFA, self-scheduling, payments. */
  MANAGE_PORTAL_SETTINGS("Manage client portal settings"),
  /** Invite clients to the portal and manage client-portal intake forms and packets. */
  INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS(
      "Can invite clients to the client portal and manage intake forms"),
  /** Assign roles, edit custom roles and the default permissions. */
  SET_STAFF_PERMISSIONS("Set staff permissions"),
  /** Add staff seats to the practice's subscription. */
  ADD_STAFF_SUBSCRIPTIONS("Add staff subscriptions"),
  /** Invite, deactivate and reactivate staff. */
  MANAGE_STAFF("Invite, deactivate and reactivate staff"),
  /** Service types (name, duration, rate, billing code) and locations. */
  MANAGE_SERVICES_AND_LOCATIONS("Manage service types and locations"),
  /** Dynamic forms: add, edit and archive. Does not include intake forms. */
  MANAGE_DYNAMIC_FORMS("Can add, edit and archive dynamic forms"),
  /** Upload documents into a client's General Documents. */
  UPLOAD_GENERAL_DOCUMENTS("Can upload client general documents"),
  /** Install and remove template packs for the practice. */
  MANAGE_TEMPLATE_PACKS("Install and remove template packs"),
  /** Book, move and cancel appointments for any clinician; clinicians keep their own without it. */
  MANAGE_SCHEDULE("Schedule appointments for any clinician"),
  /** Read the practice's audit log and verify its chain. */
  REVIEW_AUDIT_LOG("Review the audit log"),
  /**
   * Read and answer every client's secure messages, not only those of one's own clients (front desk
   * staff who triage the practice's inbox).
   */
  READ_ALL_CLIENT_MESSAGES("Read all client messages"),
  /** Clients' ledgers and balances, charges, invoices, payments and refunds. */
  BILLING("Manage billing: charges, invoices, payments and refunds");

  private final String label;

  Capability(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
