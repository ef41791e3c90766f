package org.foyer.admin.services.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.foyer.admin.services.entity.ServiceType;

/** The service types page; the rate is entered in dollars and held in cents. */
@Named("manageServiceTypes")
@ViewScoped
public class ManageServiceTypes extends CatalogPage<ServiceType, ServiceType.Details> {

  private static final long serialVersionUID = 1L;

  @Inject transient ServiceTypes serviceTypes;

  private Integer durationMinutes = 50;
  private BigDecimal rate = BigDecimal.ZERO;
  private String billingCode;

  public List<ServiceType> getServiceTypes() {
    return entries();
  }

  @Override
  protected CatalogService<ServiceType, ServiceType.Details> service() {
    return serviceTypes;
  }

  @Override
  protected ServiceType.Details details(String name) {
    return new ServiceType.Details(
        name, durationMinutes == null ? 0 : durationMinutes, cents(), billingCode);
  }

  @Override
  protected void showFields(ServiceType type) {
    durationMinutes = type.durationMinutes();
    rate = BigDecimal.valueOf(type.rateCents(), 2);
    billingCode = type.billingCode().orElse("");
  }

  @Override
  protected void clearFields() {
    durationMinutes = 50;
    rate = BigDecimal.ZERO;
    billingCode = null;
  }

  /** A rate with more than two decimals is rounded to the cent, as the page shows it. */
  private long cents() {
    BigDecimal dollars = rate == null ? BigDecimal.ZERO : rate;
    try {
      return dollars.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    } catch (ArithmeticException e) {
      return -1;
    }
  }

  public String price(ServiceType type) {
    return "$" + BigDecimal.valueOf(type.rateCents(), 2).toPlainString();
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }

  public String getBillingCode() {
    return billingCode;
  }

  public void setBillingCode(String billingCode) {
    this.billingCode = billingCode;
  }
}
