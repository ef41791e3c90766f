package org.foyer.operator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foyer.admin.staff.boundary.PracticeRegistration;
import org.foyer.admin.staff.boundary.PracticeRegistration.NewPractice;
import org.foyer.core.access.Accounts;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.security.password.PasswordHash;
import org.foyer.security.password.PasswordPolicy;

/** Validates an operator's request field by field, then registers the practice. */
@ApplicationScoped
public class PracticeOnboarding {

  private final PasswordPolicy policy = new PasswordPolicy();
  private final PasswordHash passwords = new PasswordHash();

  @Inject PracticeRegistration registration;

  public NewPractice create(NewPracticeRequest request) {
    if (request == null) {
      throw new InvalidInput("Send the practice as a JSON object");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (TenantSlug.parse(request.slug()).isEmpty()) {
      errors.put("slug", "Use 1 to 40 lower-case letters, digits and inner hyphens");
    }
    if (request.name() == null
        || request.name().isBlank()
        || request.name().length() > Practice.NAME_LENGTH) {
      errors.put(
          "name", "Give the practice a name of 1 to " + Practice.NAME_LENGTH + " characters");
    }
    String timeZone = request.timeZone() == null ? "America/New_York" : request.timeZone();
    if (!isTimeZone(timeZone)) {
      errors.put("timeZone", "Use a time zone such as America/Chicago");
    }
    if (!isEmail(request.adminEmail())) {
      errors.put("adminEmail", "Give the administrator's email address");
    }
    if (request.adminName() == null
        || request.adminName().isBlank()
        || request.adminName().length() > Accounts.NAME_LENGTH) {
      errors.put(
          "adminName",
          "Give the administrator's name, 1 to " + Accounts.NAME_LENGTH + " characters");
    }
    List<String> weak =
        policy.problems(
            request.adminPassword() == null ? "" : request.adminPassword(),
            request.adminEmail(),
            request.name());
    if (!weak.isEmpty()) {
      errors.put("adminPassword", String.join(" ", weak));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(
          "The practice could not be created: some fields need attention", errors);
    }
    return registration.register(
        new TenantSlug(request.slug()),
        request.name(),
        timeZone,
        request.adminEmail(),
        request.adminName(),
        passwords.hash(request.adminPassword().toCharArray()));
  }

  private static boolean isTimeZone(String zone) {
    try {
      ZoneId.of(zone);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static boolean isEmail(String email) {
    try {
      Accounts.normaliseEmail(email);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
