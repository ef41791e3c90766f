package org.foyer.admin.packs;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;

/**
 * The template packs' forms as the Forms page lists them next to the practice's own: what an intake
 * packet can hold without anyone building a form. Shown to those who may read packs (intake
 * managers and pack managers), as the service allows.
 */
@Named("packFormsList")
@RequestScoped
public class PackFormsList {

  /** One pack form, in the words staff read. */
  public record Row(String title, String pack, int version, String kind) {}

  @Inject PracticePacks packs;
  @Inject Instance<Caller> callers;

  private List<Row> rows;

  public boolean isAllowed() {
    Caller caller = callers.get();
    return caller.can(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS)
        || caller.can(Capability.MANAGE_TEMPLATE_PACKS);
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows = isAllowed() ? rows(packs.listPacks(callers.get())) : List.of();
    }
    return rows;
  }

  static List<Row> rows(List<PackSummary> summaries) {
    List<Row> list = new ArrayList<>();
    for (PackSummary pack : summaries) {
      String from = pack.builtIn() ? pack.name() + " (built in)" : pack.name();
      for (PackSummary.PackForm form : pack.forms()) {
        list.add(
            new Row(
                form.title(),
                from,
                form.version(),
                "INTAKE".equals(form.kind()) ? "Intake" : "Dynamic"));
      }
    }
    return list;
  }
}
