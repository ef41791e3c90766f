package org.foyer.portal.account;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a link in the Client Contact Network lets its contact do for the client. Each is checked by
 * the feature it guards, on every request: a portal action outside the link's permissions answers
 * as if the thing did not exist. The words are what staff and contacts read.
 */
public enum ContactPermission {
  FORMS("view and complete forms"),
  DOCUMENTS("view documents"),
  MESSAGES("exchange messages"),
  APPOINTMENTS("manage appointments"),
  BILLING("view and pay invoices"),
  NOTICES("receive notices");

  private final String words;

  ContactPermission(String words) {
    this.words = words;
  }

  /** "view and complete forms". */
  public String words() {
    return words;
  }

  public static Set<ContactPermission> all() {
    return Collections.unmodifiableSet(EnumSet.allOf(ContactPermission.class));
  }

  public static Set<ContactPermission> none() {
    return Collections.unmodifiableSet(EnumSet.noneOf(ContactPermission.class));
  }

  /** "May view and complete forms and view documents", or that the contact is only listed. */
  public static String describe(Set<ContactPermission> permissions) {
    if (permissions.isEmpty()) {
      return "Listed only: no access for this client";
    }
    if (permissions.containsAll(EnumSet.allOf(ContactPermission.class))) {
      return "Everything for this client";
    }
    StringBuilder text = new StringBuilder("May ");
    ContactPermission[] chosen =
        EnumSet.copyOf(permissions).toArray(new ContactPermission[permissions.size()]);
    for (int i = 0; i < chosen.length; i++) {
      if (i > 0) {
        text.append(i == chosen.length - 1 ? " and " : ", ");
      }
      text.append(chosen[i].words());
    }
    return text.toString();
  }
}
