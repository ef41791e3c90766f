package org.foyer.admin.services;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.access.Capability;
import org.foyer.admin.pages.PageMessages;

/**
 * The service types page: add, revise, archive, restore and remove. The service checks "Manage
 * service types and locations" on every action; the rate is entered in dollars and held in cents.
 */
@Named("manageServiceTypes")
@ViewScoped
public class ManageServiceTypes implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ServiceTypes serviceTypes;
  // Looked up per action: the view outlives a request, the caller's capabilities must not.
  @Inject transient Instance<Caller> callers;

  private transient List<ServiceType> list;
  private UUID editedId;
  private String name;
  private Integer durationMinutes = 50;
  private BigDecimal rate = BigDecimal.ZERO;
  private String billingCode;

  public List<ServiceType> getServiceTypes() {
    if (list == null && !isAllowed()) {
      return List.of();
    }
    if (list == null) {
      list = serviceTypes.listServiceTypes(callers.get(), true);
    }
    return list;
  }

  public void edit(ServiceType type) {
    editedId = type.id();
    name = type.name();
    durationMinutes = type.durationMinutes();
    rate = BigDecimal.valueOf(type.rateCents(), 2);
    billingCode = type.billingCode().orElse("");
  }

  public void clear() {
    editedId = null;
    name = null;
    durationMinutes = 50;
    rate = BigDecimal.ZERO;
    billingCode = null;
  }

  public void save() {
    ServiceType.Details details =
        new ServiceType.Details(
            name, durationMinutes == null ? 0 : durationMinutes, cents(), billingCode);
    boolean saved =
        PageMessages.BESIDE_INPUTS.run(
            () -> {
              if (editedId == null) {
                serviceTypes.addServiceType(callers.get(), details);
              } else {
                serviceTypes.reviseServiceType(callers.get(), editedId, details);
              }
            },
            "Service type \"" + name + "\" saved");
    if (saved) {
      clear();
    }
    list = null;
  }

  public void archive(ServiceType type) {
    PageMessages.BESIDE_INPUTS.run(
        () -> serviceTypes.archiveServiceType(callers.get(), type.id()),
        "\"" + type.name() + "\" archived");
    list = null;
  }

  public void restore(ServiceType type) {
    PageMessages.BESIDE_INPUTS.run(
        () -> serviceTypes.restoreServiceType(callers.get(), type.id()),
        "\"" + type.name() + "\" restored");
    list = null;
  }

  public void remove(ServiceType type) {
    PageMessages.BESIDE_INPUTS.report(
        () ->
            serviceTypes.removeServiceType(callers.get(), type.id()) == Removal.DELETED
                ? "\"" + type.name() + "\" deleted"
                : "\"" + type.name() + "\" is in use, so it was archived instead of deleted");
    list = null;
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

  /** Whether to show the page's form; the service checks again on every action. */
  public boolean isAllowed() {
    return callers.get().can(Capability.MANAGE_SERVICES_AND_LOCATIONS);
  }

  public boolean isEditing() {
    return editedId != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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

  public int getNameLength() {
    return ServiceType.NAME_LENGTH;
  }
}
