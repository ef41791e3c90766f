package org.foyer.audit.history;

import org.foyer.audit.ActivityEvent;
import org.foyer.audit.AuditAction;
import org.foyer.portal.activity.ActivityWords;

/**
 * Events about the practice rather than one client (signing in, staff, roles, forms, settings),
 * told as the end of a sentence that begins with who did them: "changed the portal settings".
 * Actions added after these words still read sensibly from their names.
 */
final class PracticeWords {

  private PracticeWords() {}

  static String what(ActivityEvent event) {
    if (event.action().isEmpty()) {
      return "did something this version of Foyer has no words for";
    }
    AuditAction action = event.action().get();
    return switch (action) {
      case SIGN_IN -> "signed in";
      case SIGN_IN_FAILED -> "tried to sign in";
      case SIGN_IN_PAUSED -> "was paused from signing in after repeated failures";
      case SIGN_OUT -> "signed out";
      case SIGN_OUT_EVERYWHERE -> "signed out on every device";
      case MFA_ENROLLED -> "set up an authenticator app";
      case MFA_FAILED -> "entered an authenticator code that did not match";
      case MFA_REMOVED -> "removed an authenticator app";
      case PASSWORD_RESET_REQUESTED -> "asked for a password reset";
      case PASSWORD_RESET -> "chose a new password";
      case PRACTICE_CREATED -> "created the practice";
      case STAFF_CREATED -> "added a member of staff";
      case STAFF_CHANGED -> "changed a member of staff";
      case STAFF_INVITED -> "invited a member of staff";
      case STAFF_REINVITED -> "invited a member of staff again";
      case STAFF_INVITATION_ACCEPTED -> "joined the practice";
      case STAFF_DEACTIVATED -> "deactivated a member of staff";
      case STAFF_REACTIVATED -> "reactivated a member of staff";
      case STAFF_ROLES_CHANGED -> "changed a member of staff's roles";
      case STAFF_SEATS_ADDED -> "added staff seats";
      case STAFF_PREFERENCES_CHANGED -> "changed their notification preferences";
      case ROLE_CREATED -> "created a role";
      case ROLE_RENAMED -> "renamed a role";
      case ROLE_CAPABILITIES_CHANGED -> "changed a role's permissions";
      case ROLE_DELETED -> "deleted a role";
      case DEFAULT_PERMISSIONS_CHANGED -> "changed the permissions new staff start with";
      case FORM_CREATED -> "created a form";
      case FORM_DRAFT_SAVED -> "saved a form's draft";
      case FORM_PUBLISHED -> "published a form";
      case FORM_COPIED -> "copied a form";
      case FORM_ARCHIVED -> "archived a form";
      case INTAKE_PACKET_CHANGED -> "changed an intake packet";
      case TEMPLATE_PACK_INSTALLED -> "installed a template pack";
      case TEMPLATE_PACK_REMOVED -> "removed a template pack";
      case PORTAL_SETTINGS_CHANGED -> "changed the portal settings";
      case SERVICE_CATALOG_CHANGED -> "changed the services, locations or rooms";
      case BILLING_SETTINGS_CHANGED -> "changed the billing settings";
      case AVAILABILITY_CHANGED -> "changed a clinician's hours";
      case APPOINTMENT_SETTINGS_CHANGED -> "changed the booking or reminder settings";
      case MESSAGING_SETTINGS_CHANGED -> "changed the messaging settings";
      case CALENDAR_FEED_CHANGED -> "changed a calendar address";
      case AUDIT_VERIFIED -> "checked the audit chain";
      case AUDIT_LOG_READ -> "read the audit log";
      default -> "recorded \u201c" + ActivityWords.humanised(action) + "\u201d";
    };
  }
}
