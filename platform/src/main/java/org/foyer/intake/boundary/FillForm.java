package org.foyer.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.errors.NotFound;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.intake.control.AnswerLines;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.entity.AlreadyReceived;
import org.foyer.portal.account.ActingFor;
import org.foyer.web.CsrfGuard;
import org.foyer.web.CurrentPractice;

/**
 * The fill page ({@code /portal/form?id=}). The engine's form is a plain HTML form that posts back
 * to this page, so it works without JavaScript: "Save draft" keeps the answers and shows the form
 * again, "Submit" either shows the "received" page (after the submission committed) or the form
 * with every answer and every error. The post carries the session's CSRF token, checked here,
 * because it is not a Faces postback. A submitted form shows its answers read-only.
 */
@Named
@RequestScoped
public class FillForm {

  static final String DRAFT = "draft";
  static final String SUBMIT = "submit";

  @Inject FormFilling filling;
  @Inject IntakeEngine intake;
  @Inject ActingFor actingFor;
  @Inject Caller caller;
  @Inject CurrentPractice practice;
  @Inject HttpServletRequest request;

  private String id;
  private OpenedForm opened;
  private String html;
  private boolean rejected;
  private String problem;

  public void load() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.isPostback() || opened != null) {
      return;
    }
    try {
      UUID formId = UUID.fromString(id == null ? "" : id);
      UUID clientId = actingFor.profile().orElseThrow(() -> new NotFound("That form")).clientId();
      if ("POST".equals(request.getMethod())) {
        if (!post(context, clientId, formId)) {
          return;
        }
      } else {
        opened = filling.open(caller, clientId, formId, request.getRemoteAddr());
      }
      if (!opened.isLocked()) {
        html =
            intake.engine().render(opened.definition(), opened.state(), locale(), options(formId));
      }
    } catch (NotFound | IllegalArgumentException e) {
      context.getExternalContext().responseSendError(404, "Not found");
      context.responseComplete();
    }
  }

  /** Handles the engine form's post; false when the response is already a redirect or an error. */
  private boolean post(FacesContext context, UUID clientId, UUID formId) throws IOException {
    ExternalContext external = context.getExternalContext();
    if (!tokenMatches(request.getParameter("_csrf"))) {
      external.responseSendError(403, "Forbidden");
      context.responseComplete();
      return false;
    }
    Map<String, List<String>> post = new LinkedHashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("id")) {
                post.put(name, Arrays.asList(values));
              }
            });
    String address = request.getRemoteAddr();
    String formPage = practice.page("/portal/form") + "?id=" + formId;
    try {
      String add = request.getParameter("_add");
      if (SUBMIT.equals(request.getParameter("_action")) && add == null) {
        SubmitOutcome outcome =
            filling.submit(
                caller,
                clientId,
                formId,
                post,
                new SigningContext(address, request.getHeader("User-Agent"), locale()));
        if (outcome.received()) {
          external.redirect(practice.page("/portal/form-received") + "?id=" + formId);
          context.responseComplete();
          return false;
        }
        opened = filling.open(caller, clientId, formId, address);
        opened = withState(FormState.rejected(outcome.rejection(), outcome.populated()));
        rejected = true;
        problem = outcome.problem();
        return true;
      }
      filling.saveDraft(caller, clientId, formId, post, address);
      if (add != null) {
        opened = filling.open(caller, clientId, formId, address);
        opened = withState(opened.state().withExtraRow(add));
        return true;
      }
      external.redirect(formPage + "&saved=true");
    } catch (AlreadyReceived e) {
      external.redirect(formPage + "&already=true");
    }
    context.responseComplete();
    return false;
  }

  private OpenedForm withState(FormState state) {
    return new OpenedForm(
        opened.id(),
        opened.title(),
        opened.status(),
        opened.definition(),
        opened.populated(),
        state);
  }

  private boolean tokenMatches(String presented) {
    String expected = CsrfGuard.tokenOf(request.getSession(true));
    return presented != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  private RenderOptions options(UUID formId) {
    String context = request.getContextPath();
    return RenderOptions.DEFAULT
        .withAction(practice.page("/portal/form") + "?id=" + formId)
        .withHiddenInputs(Map.of("_csrf", CsrfGuard.tokenOf(request.getSession(true))))
        .withScript(context + "/foyer-forms/foyer-forms.js")
        .withSignatureUpload(api(formId) + "/signature");
  }

  /** The form's address in the portal API (autosave and signature upload). */
  public String api(UUID formId) {
    return request.getContextPath() + "/api/p/" + practice.getSlug() + "/portal/forms/" + formId;
  }

  public String getAutosaveUrl() {
    return opened == null ? "" : api(opened.id()) + "/draft";
  }

  public String getFormElementId() {
    return opened == null ? "" : "foyer-form-" + opened.definition().id();
  }

  public List<AnswerLines.Line> getAnswers() {
    if (opened == null || !opened.isLocked()) {
      return List.of();
    }
    Answers answers = opened.state().answers();
    return AnswerLines.of(opened.definition(), answers, locale());
  }

  private static Locale locale() {
    return FormFilling.locale();
  }

  public OpenedForm getOpened() {
    return opened;
  }

  public String getHtml() {
    return html;
  }

  public boolean isRejected() {
    return rejected;
  }

  /** What is wrong with a refused submission as a whole (a signature by the wrong person). */
  public String getProblem() {
    return problem;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
