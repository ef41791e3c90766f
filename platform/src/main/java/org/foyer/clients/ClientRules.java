package org.foyer.clients;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The field rules of a client record, with messages that say what to type instead. */
final class ClientRules {

  static final int NAME = Client.NAME_LENGTH;
  static final int SHORT = 40;
  static final int LINE = 120;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{7,20}");
  private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}(-[0-9]{4})?");

  private ClientRules() {}

  /** Every problem of the details, by field name; empty when they may be stored. */
  static Map<String, String> problems(ClientDetails details, LocalDate today) {
    Map<String, String> problems = new LinkedHashMap<>();
    required(
        problems, "legalFirstName", details.legalFirstName(), NAME, "Enter the legal first name");
    required(problems, "legalLastName", details.legalLastName(), NAME, "Enter the legal last name");
    optional(problems, "preferredName", details.preferredName(), NAME);
    optional(problems, "pronouns", details.pronouns(), SHORT);
    if (details.dateOfBirth() == null) {
      problems.put("dateOfBirth", "Enter the date of birth");
    } else if (details.dateOfBirth().isAfter(today)) {
      problems.put("dateOfBirth", "The date of birth cannot be in the future");
    } else if (details.dateOfBirth().isBefore(LocalDate.of(1900, 1, 1))) {
      problems.put("dateOfBirth", "Check the year of birth");
    }
    pattern(
        problems,
        "email",
        details.email(),
        EMAIL,
        254,
        "Enter an email address like name@example.org");
    pattern(
        problems, "phone", details.phone(), PHONE, 32, "Enter a phone number of 7 to 20 digits");
    optional(problems, "addressLine1", details.addressLine1(), LINE);
    optional(problems, "addressLine2", details.addressLine2(), LINE);
    optional(problems, "city", details.city(), 80);
    optional(problems, "region", details.region(), SHORT);
    pattern(
        problems,
        "postalCode",
        details.postalCode(),
        POSTAL_CODE,
        16,
        "Enter a ZIP code like 60614 or 60614-1234");
    optional(problems, "emergencyContactName", details.emergencyContactName(), LINE);
    pattern(
        problems,
        "emergencyContactPhone",
        details.emergencyContactPhone(),
        PHONE,
        32,
        "Enter a phone number of 7 to 20 digits");
    optional(
        problems, "emergencyContactRelationship", details.emergencyContactRelationship(), SHORT);
    return problems;
  }

  private static void required(
      Map<String, String> problems, String field, String value, int max, String message) {
    if (value == null || value.isBlank()) {
      problems.put(field, message);
    } else {
      optional(problems, field, value, max);
    }
  }

  private static void optional(Map<String, String> problems, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      problems.put(field, "Use at most " + max + " characters");
    }
  }

  private static void pattern(
      Map<String, String> problems,
      String field,
      String value,
      Pattern shape,
      int max,
      String message) {
    if (value == null || value.isBlank()) {
      return;
    }
    if (value.strip().length() > max || !shape.matcher(value.strip()).matches()) {
      problems.put(field, message);
    }
  }
}
