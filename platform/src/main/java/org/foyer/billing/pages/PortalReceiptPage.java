package org.foyer.billing.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.foyer.billing.Money;
import org.foyer.billing.boundary.PortalBilling;
import org.foyer.billing.portal.ReceiptView;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.PortalHome;

/** One payment's receipt in the portal; another client's payment does not exist here. */
@Named("portalReceipt")
@RequestScoped
public class PortalReceiptPage {

  @Inject PortalBilling billing;
  @Inject PortalHome home;
  @Inject Caller caller;
  @Inject CurrentPractice practice;

  private String id;
  private ReceiptView receipt;

  public void load() {
    ClientProfile current = home.getCurrent();
    if (current == null || !current.permits(ContactPermission.BILLING)) {
      throw new NotFound("That page");
    }
    UUID payment;
    try {
      payment = UUID.fromString(id == null ? "" : id);
    } catch (IllegalArgumentException e) {
      throw new NotFound("That receipt");
    }
    receipt = billing.receipt(caller, current.clientId(), payment);
  }

  public ReceiptView getReceipt() {
    return receipt;
  }

  /** The receipt as a PDF, for the profile this login acts for now. */
  public String getPdfLink() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/p/"
        + practice.getSlug()
        + "/portal/billing/payments/"
        + receipt.id()
        + "/receipt.pdf";
  }

  public String getAmount() {
    return Money.format(receipt.amountCents(), receipt.currency());
  }

  public String getRefunded() {
    return Money.format(receipt.refundedCents(), receipt.currency());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
