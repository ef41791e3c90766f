package org.foyer.intake.filling.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.StorageFull;
import org.foyer.core.web.guard.CsrfGuard;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.intake.control.AnswerLines;
import org.foyer.intake.control.FormAttachments;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.signing.entity.AlreadyReceived;
import org.foyer.intake.signing.entity.NotYourSignature;
import org.foyer.portal.account.boundary.ActingFor;

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
  private static final Pattern GROUP_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

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
  private String anchor = "";

  public void load() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.isPostback() || opened != null) {
      return;
    }
    try {
      UUID formId = UUID.fromString(id == null ? "" : id);
      UUID clientId = actingFor.current("That form");
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
      List<FieldError> refusedFiles =
          filling.attachFiles(caller, clientId, formId, post, chosenFiles());
      String add = request.getParameter("_add");
      // A refused file is shown on its field at once, whatever the button: a draft saved in
      // silence would leave the client believing the photo was kept.
      if ((SUBMIT.equals(request.getParameter("_action")) && add == null)
          || !refusedFiles.isEmpty()) {
        SubmitOutcome outcome =
            filling.submit(
                caller,
                clientId,
                formId,
                post,
                new SigningContext(address, request.getHeader("User-Agent"), locale()),
                refusedFiles);
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
        if (GROUP_NAME.matcher(add).matches()) {
          // Without script the page reloads: the form's address names the group, so the browser
          // comes back at the rows it was adding to, not at the top.
          anchor = "#f-" + add;
        }
        return true;
      }
      external.redirect(formPage + "&saved=true");
    } catch (AlreadyReceived e) {
      external.redirect(formPage + "&already=true");
    } catch (InvalidInput | NotYourSignature e) {
      // A later signer's refused signature (a name not their own, or not their turn): the page
      // shows the locked answers again with the reason.
      opened = filling.open(caller, clientId, formId, address);
      problem = e.getMessage();
      return true;
    } catch (StorageFull e) {
      opened = filling.showAgain(caller, clientId, formId, post);
      problem = StorageFull.MESSAGE;
      return true;
    }
    context.responseComplete();
    return false;
  }

  /** The files chosen in the form's file inputs; none when the post is not multipart. */
  private List<FormAttachments.ChosenFile> chosenFiles() throws IOException {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return List.of();
    }
    List<FormAttachments.ChosenFile> files = new ArrayList<>();
    try {
      for (Part part : request.getParts()) {
        String name = part.getName();
        if (name == null
            || !name.startsWith(FormAttachments.UPLOAD)
            || part.getSubmittedFileName() == null) {
          continue;
        }
        long size = part.getSize();
        byte[] content = null;
        if (size <= DocumentFiles.MAX_BYTES) {
          try (InputStream in = part.getInputStream()) {
            content = in.readNBytes((int) DocumentFiles.MAX_BYTES + 1);
          }
        }
        files.add(
            new FormAttachments.ChosenFile(
                name.substring(FormAttachments.UPLOAD.length()),
                part.getSubmittedFileName(),
                size,
                content));
      }
    } catch (ServletException e) {
      throw new IOException("The form's files could not be read", e);
    }
    return files;
  }

  private OpenedForm withState(FormState state) {
    return new OpenedForm(
        opened.id(),
        opened.title(),
        opened.status(),
        opened.definition(),
        opened.populated(),
        state,
        opened.signing());
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
        .withAction(practice.page("/portal/form") + "?id=" + formId + anchor)
        .withHiddenInputs(Map.of("_csrf", CsrfGuard.tokenOf(request.getSession(true))))
        .withScript(context + "/foyer-forms/foyer-forms.js")
        .withSignatureUpload(api(formId) + "/signature");
  }

  /** The form's address in the portal API (autosave and signature upload). */
  public String api(UUID formId) {
    return request.getContextPath() + "/api/p/" + practice.getSlug() + "/portal/forms/" + formId;
  }

  /** Where a later signer's signature posts: this page, as the form itself does. */
  public String getSignAction() {
    return opened == null ? "" : practice.page("/portal/form") + "?id=" + opened.id();
  }

  public String getSignatureUploadUrl() {
    return opened == null ? "" : api(opened.id()) + "/signature";
  }

  public String getCsrf() {
    return CsrfGuard.tokenOf(request.getSession(true));
  }

  public String getAutosaveUrl() {
    return opened == null ? "" : api(opened.id()) + "/draft";
  }

  public String getFormElementId() {
    return opened == null ? "" : "foyer-form-" + opened.definition().id();
  }

  public List<AnswerLines.Line> getAnswers() {
    // A later signer waiting for the first one sees no answers until they are given.
    if (opened == null || !opened.isAnswered()) {
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
