package org.foyer.billing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.foyer.core.errors.InvalidInput;

/**
 * What a superbill names the practice by, as insurers read it.
 *
 * @param npi the practice's organisation NPI: ten digits, the last a check digit (Luhn over the
 *     prefix 80840 and the first nine); null until entered
 * @param taxId the employer identification number, nine digits (typed 12-3456789 or without the
 *     dash); null until entered
 * @param placeOfService the two-digit place-of-service code of its sessions: 11 office, 02 or 10
 *     telehealth
 */
public record BillingIdentity(String npi, String taxId, String placeOfService) {

  public static final String OFFICE = "11";

  /** The identity with its numbers as digits only, or every field at fault named with why. */
  public BillingIdentity checked() {
    Map<String, String> wrong = new LinkedHashMap<>();
    String digitsOfNpi = digits(npi);
    if (digitsOfNpi != null && !isNpi(digitsOfNpi)) {
      wrong.put("npi", "An NPI is ten digits and its last digit checks the others; check it.");
    }
    String digitsOfTaxId = digits(taxId);
    if (digitsOfTaxId != null && !digitsOfTaxId.matches("[0-9]{9}")) {
      wrong.put("taxId", "A tax id (EIN) is nine digits, such as 12-3456789.");
    }
    String place =
        placeOfService == null || placeOfService.isBlank() ? OFFICE : placeOfService.strip();
    if (!place.matches("[0-9]{2}")) {
      wrong.put("placeOfService", "A place of service is two digits, such as 11 (office).");
    }
    if (!wrong.isEmpty()) {
      throw new InvalidInput(wrong.values().iterator().next(), wrong);
    }
    return new BillingIdentity(digitsOfNpi, digitsOfTaxId, place);
  }

  /** The tax id as people write it, 12-3456789; empty when none. */
  public String taxIdShown() {
    return taxId == null || taxId.length() != 9
        ? ""
        : taxId.substring(0, 2) + "-" + taxId.substring(2);
  }

  /**
   * Whether ten digits make an NPI: the check digit of CMS's Luhn over 80840 and the first nine.
   */
  public static boolean isNpi(String digits) {
    if (digits == null || !digits.matches("[0-9]{10}")) {
      return false;
    }
    String payload = "80840" + digits.substring(0, 9);
    int sum = 0;
    boolean doubled = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int digit = payload.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    int check = (10 - sum % 10) % 10;
    return check == digits.charAt(9) - '0';
  }

  /** What was typed without spaces and dashes; null for nothing, kept as typed otherwise. */
  private static String digits(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    return typed.strip().replace("-", "").replace(" ", "");
  }
}
