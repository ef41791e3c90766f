package org.foyer.billing.control.gateway;

import org.foyer.core.errors.BusinessException;

/** A webhook whose signature does not hold: refused, and nothing changes. */
public class ForgedWebhook extends BusinessException {

  public ForgedWebhook(String why) {
    super(why);
  }

  @Override
  public String title() {
    return "The webhook's signature does not hold";
  }
}
