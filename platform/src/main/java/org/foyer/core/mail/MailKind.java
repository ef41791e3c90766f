package org.foyer.core.mail;

/**
 * Why a message was sent, for support and the development viewer; stored by name, so constants may
 * be added freely but never renamed.
 */
public enum MailKind {
  STAFF_INVITATION,
  CLIENT_INVITATION,
  FORM_REMINDER,
  PORTAL_NOTICE,
  CLINICAL_ATTENTION,
  AUDIT_ANCHOR,
  PASSWORD_RESET,
  SIGN_IN_NOTICE,
  NEW_MESSAGE,
  APPOINTMENT_NOTICE,
  PAYMENT_RECEIPT,
  AUTOPAY_FAILED,
  INVOICE_NOTICE
}
