package org.foyer.insurance.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.clients.boundary.ClientId;
import org.foyer.clients.boundary.EditClient;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.insurance.InsurancePolicyView;
import org.foyer.insurance.PolicyDetails;
import org.foyer.insurance.PolicyStatus;

/**
 * The client page's Insurance section: the policies as sent, and for staff with billing a check of
 * each (correct the payer and ids, put it in use, ask the client for a correction, retire it).
 */
@Named
@RequestScoped
public class ClientInsurance {

  @Inject InsurancePolicies policies;
  @Inject EditClient page;
  @Inject Caller caller;

  private List<InsurancePolicyView> listed;
  // Typed per policy, so a refused check shows that policy's form again as typed.
  private final Map<UUID, Map<String, String>> checks = new HashMap<>();

  public boolean isShown() {
    return clientId().isPresent();
  }

  public boolean isCanCheck() {
    return caller.can(Capability.BILLING);
  }

  public List<InsurancePolicyView> getPolicies() {
    if (listed == null) {
      listed = clientId().map(id -> policies.list(caller, id)).orElse(List.of());
    }
    return listed;
  }

  /** The check form's values of one policy, starting from what the client sent. */
  public Map<String, String> check(InsurancePolicyView policy) {
    return checks.computeIfAbsent(
        policy.id(),
        id -> {
          Map<String, String> values = new HashMap<>();
          values.put("payerName", policy.details().payerName());
          values.put("memberId", policy.details().memberId());
          values.put("groupNumber", policy.details().groupNumber());
          values.put("outcome", PolicyStatus.ACTIVE.name());
          values.put("note", policy.statusNote());
          return values;
        });
  }

  public PolicyStatus[] getOutcomes() {
    return new PolicyStatus[] {
      PolicyStatus.ACTIVE, PolicyStatus.NEEDS_CHANGES, PolicyStatus.INACTIVE
    };
  }

  public void review(InsurancePolicyView policy) {
    Map<String, String> typed = check(policy);
    PolicyDetails sent = policy.details();
    PolicyDetails corrected =
        new PolicyDetails(
            sent.rank(),
            typed.get("payerName"),
            typed.get("memberId"),
            typed.get("groupNumber"),
            sent.subscriberName(),
            sent.subscriberRelationship(),
            sent.subscriberBirthDate());
    PolicyStatus outcome;
    try {
      outcome = PolicyStatus.valueOf(String.valueOf(typed.get("outcome")));
    } catch (IllegalArgumentException tampered) {
      outcome = null;
    }
    PolicyStatus chosen = outcome;
    boolean done =
        PageMessages.IN_WORDS.run(
            () ->
                policies.review(
                    caller,
                    clientId().orElseThrow(),
                    policy.id(),
                    corrected,
                    chosen,
                    typed.get("note")),
            "Insurance checked: "
                + (chosen == null ? "" : chosen.label().toLowerCase(Locale.ROOT))
                + ".");
    if (done) {
      listed = null;
      checks.remove(policy.id());
    }
  }

  private Optional<UUID> clientId() {
    return Optional.ofNullable(page.getId()).map(ClientId::value);
  }
}
