package org.foyer.admin.services.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.foyer.core.errors.InvalidInput;

/**
 * A kind of service the practice offers: a 53-minute individual session, an intake assessment. The
 * rate is held in whole cents of US dollars, the only currency Foyer bills in today.
 */
@Entity
@Table(name = "service_type")
public class ServiceType extends CatalogEntry {

  public static final int MIN_DURATION = 5;
  public static final int MAX_DURATION = 480;
  public static final long MAX_RATE_CENTS = 10_000_000;
  public static final String CURRENCY = "USD";

  /**
   * A CPT code: four digits and then a digit (Category I), F (Category II) or T (Category III),
   * such as 90834 for 45 minutes of psychotherapy.
   */
  public static final Pattern BILLING_CODE = Pattern.compile("[0-9]{4}[0-9FT]");

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(name = "rate_cents", nullable = false)
  private long rateCents;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "billing_code", length = 5)
  private String billingCode;

  protected ServiceType() {}

  public ServiceType(Details details) {
    this.currency = CURRENCY;
    revise(details);
  }

  /** Replaces name, duration, rate and billing code after checking each. */
  public void revise(Details details) {
    Details valid = details.validated();
    rename(valid.name());
    this.durationMinutes = valid.durationMinutes();
    this.rateCents = valid.rateCents();
    this.billingCode = valid.billingCode();
  }

  public int durationMinutes() {
    return durationMinutes;
  }

  public long rateCents() {
    return rateCents;
  }

  public String currency() {
    return currency;
  }

  public Optional<String> billingCode() {
    return Optional.ofNullable(billingCode);
  }

  /** What an administrator enters for a service type. */
  public record Details(String name, int durationMinutes, long rateCents, String billingCode) {

    /** The details trimmed, or {@link InvalidInput} naming each offending field. */
    public Details validated() {
      Map<String, String> errors = new LinkedHashMap<>();
      String cleanName = TextRules.required(errors, "name", "The name", name, NAME_LENGTH);
      if (durationMinutes < MIN_DURATION || durationMinutes > MAX_DURATION) {
        errors.put(
            "durationMinutes",
            "The duration must be " + MIN_DURATION + " to " + MAX_DURATION + " minutes");
      }
      if (rateCents < 0 || rateCents > MAX_RATE_CENTS) {
        errors.put("rateCents", "The rate must be between $0.00 and $100,000.00");
      }
      String code = billingCode == null ? "" : billingCode.strip().toUpperCase(Locale.ROOT);
      if (!code.isEmpty() && !BILLING_CODE.matcher(code).matches()) {
        errors.put(
            "billingCode",
            "The billing code must be a CPT code: four digits and a digit, F or T, like 90834");
      }
      if (!errors.isEmpty()) {
        throw new InvalidInput("The service type was not saved", errors);
      }
      return new Details(cleanName, durationMinutes, rateCents, code.isEmpty() ? null : code);
    }
  }
}
