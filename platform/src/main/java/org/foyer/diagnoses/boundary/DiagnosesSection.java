package org.foyer.diagnoses.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.foyer.clients.boundary.EditClient;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.web.routing.PracticeTime;
import org.foyer.diagnoses.DiagnosisInput;
import org.foyer.diagnoses.DiagnosisView;

/**
 * The diagnoses on the staff client page, for the client's clinician and staff with "billing": the
 * standing ICD-10 codes, adding one, removing one. What was typed stays when it is refused.
 */
@Named("clientDiagnoses")
@ViewScoped
public class DiagnosesSection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Diagnoses diagnoses;
  @Inject transient Caller caller;
  @Inject transient EditClient page;
  @Inject transient PracticeTime time;

  private transient List<DiagnosisView> list;
  private Boolean shown;
  private String code;
  private String description;
  private String notice;
  private final List<String> problems = new ArrayList<>();

  public boolean isShown() {
    if (shown == null) {
      shown = client() != null && diagnoses.mayKeep(caller, client());
    }
    return shown;
  }

  public List<DiagnosisView> getDiagnoses() {
    if (list == null) {
      list = isShown() ? diagnoses.list(caller, client()) : List.of();
    }
    return list;
  }

  public void add() {
    problems.clear();
    notice = null;
    try {
      DiagnosisView added = diagnoses.add(caller, client(), new DiagnosisInput(code, description));
      notice = added.code() + " added.";
      code = null;
      description = null;
      list = null;
    } catch (BusinessException refused) {
      problems.add(refused.getMessage());
      if (refused instanceof InvalidInput invalid) {
        invalid.fieldErrors().values().stream()
            .filter(problem -> !problems.contains(problem))
            .forEach(problems::add);
      }
    }
  }

  public void remove(UUID diagnosis) {
    problems.clear();
    try {
      diagnoses.remove(caller, client(), diagnosis);
      notice = "Diagnosis removed; it stays in the record's history.";
      list = null;
    } catch (BusinessException refused) {
      problems.add(refused.getMessage());
    }
  }

  /** Who entered a code and when, in the practice's time. */
  public String entered(DiagnosisView diagnosis) {
    return "Entered by " + diagnosis.enteredBy() + ", " + time.formatDate(diagnosis.enteredAt());
  }

  private UUID client() {
    return page.getId() == null ? null : page.getId().value();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getNotice() {
    return notice;
  }

  public List<String> getProblems() {
    return problems;
  }
}
