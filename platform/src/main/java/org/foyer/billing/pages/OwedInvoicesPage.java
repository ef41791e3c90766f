package org.foyer.billing.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.foyer.billing.Money;
import org.foyer.billing.boundary.Billing;
import org.foyer.billing.invoices.OwedInvoiceView;
import org.foyer.core.access.Caller;

/**
 * The biller's list of invoices still owed across the practice, oldest first, each leading to the
 * client's billing page. Staff without "billing" meet 404.
 */
@Named("owedInvoices")
@RequestScoped
public class OwedInvoicesPage {

  @Inject Billing billing;
  @Inject Caller caller;

  private List<OwedInvoiceView> invoices;

  public void load() {
    getInvoices();
  }

  public List<OwedInvoiceView> getInvoices() {
    if (invoices == null) {
      invoices = billing.listOwed(caller);
    }
    return invoices;
  }

  /** Everything owed on the list, per currency the practice bills in (one, in practice). */
  public String getTotalDue() {
    List<OwedInvoiceView> owed = getInvoices();
    if (owed.isEmpty()) {
      return "";
    }
    return Money.format(
        owed.stream().mapToLong(OwedInvoiceView::dueCents).sum(), owed.get(0).currency());
  }

  public boolean isCut() {
    return getInvoices().size() >= Billing.OWED_LISTED;
  }

  public String money(OwedInvoiceView invoice, long cents) {
    return Money.format(cents, invoice.currency());
  }
}
