package org.foyer.billing;

import java.util.List;
import java.util.UUID;

/**
 * A client's ledger: every entry, oldest first, and the balance summed from them.
 *
 * @param balanceCents what the client owes (negative: credit), in minor units
 */
public record LedgerView(
    UUID clientId, String currency, long balanceCents, List<LedgerLine> lines) {

  public LedgerView {
    lines = List.copyOf(lines);
  }
}
