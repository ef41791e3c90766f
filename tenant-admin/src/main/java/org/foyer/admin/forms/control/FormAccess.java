package org.foyer.admin.forms.control;

import java.util.ArrayList;
import java.util.List;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.forms.definition.FormKind;

/**
 * Who manages which kind of form: intake forms need "invite clients and manage intake forms";
 * dynamic forms need "add, edit and archive dynamic forms", which does not reach intake forms.
 */
public final class FormAccess {

  private FormAccess() {}

  public static Capability capabilityFor(FormKind kind) {
    return kind == FormKind.INTAKE
        ? Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS
        : Capability.MANAGE_DYNAMIC_FORMS;
  }

  /** 404 for non-staff, 403 for staff without the kind's capability. */
  public static void requireKind(Caller caller, FormKind kind) {
    caller.require(capabilityFor(kind), "That form");
  }

  /** The kinds the caller manages; refuses (404/403) a caller who manages none. */
  public static List<FormKind> manageableKinds(Caller caller) {
    List<FormKind> kinds = new ArrayList<>();
    for (FormKind kind : FormKind.values()) {
      if (caller.can(capabilityFor(kind))) {
        kinds.add(kind);
      }
    }
    if (kinds.isEmpty()) {
      requireKind(caller, FormKind.INTAKE);
    }
    return kinds;
  }
}
