package org.foyer.admin.forms.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.foyer.admin.forms.entity.FormId;
import org.foyer.admin.forms.entity.PracticeForm;
import org.foyer.admin.forms.entity.PracticeFormVersion;
import org.foyer.core.access.Caller;

/** The practice's intake and dynamic forms: builder drafts, publication, copies, archive. */
@Path("p/{slug}/forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormsResource {

  @Inject PracticeForms forms;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The forms of the kinds the caller manages")
  public List<FormView> list() {
    return forms.listForms(caller).stream().map(FormView::of).toList();
  }

  @POST
  @Operation(summary = "Create a form from a builder description; the engine validates it")
  @APIResponse(
      responseCode = "201",
      description = "The form was created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FormView.class)))
  public Response create(FormRequests.BlueprintBody body) {
    PracticeForm form =
        forms.createForm(
            caller,
            FormRequests.kind(body == null ? null : body.kind()),
            FormRequests.blueprint(body));
    return Response.status(Response.Status.CREATED).entity(FormView.of(form)).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One form with its published versions")
  public FormView get(@PathParam("id") FormId id) {
    UUID formId = id.value();
    List<PracticeFormVersion> versions = forms.listVersions(caller, formId);
    return FormView.withVersions(forms.getForm(caller, formId), versions);
  }

  @PUT
  @Path("{id}/blueprint")
  @Operation(summary = "Replace the draft with a builder description")
  public FormView saveBlueprint(@PathParam("id") FormId id, FormRequests.BlueprintBody body) {
    return FormView.of(forms.saveDraft(caller, id.value(), FormRequests.blueprint(body)));
  }

  @PUT
  @Path("{id}/draft")
  @Operation(summary = "Replace the draft with engine definition JSON (id, kind, next version)")
  public FormView saveDefinition(@PathParam("id") FormId id, String definitionJson) {
    return FormView.of(forms.saveDraftJson(caller, id.value(), definitionJson));
  }

  @POST
  @Path("{id}/publish")
  @Operation(summary = "Publish the draft as an immutable version sealed with its SHA-256")
  @APIResponse(
      responseCode = "201",
      description = "The version was published",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FormVersionView.class)))
  public Response publish(@PathParam("id") FormId id) {
    PracticeFormVersion version = forms.publish(caller, id.value());
    return Response.status(Response.Status.CREATED).entity(FormVersionView.of(version)).build();
  }

  @POST
  @Path("{id}/copy")
  @Operation(summary = "Copy into a new form (a dynamic form may become an intake form)")
  @APIResponse(
      responseCode = "201",
      description = "The copy was created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FormView.class)))
  public Response copy(@PathParam("id") FormId id, FormRequests.CopyBody body) {
    PracticeForm copy =
        forms.copy(
            caller,
            id.value(),
            FormRequests.kind(body == null ? null : body.kind()),
            body == null ? null : body.title());
    return Response.status(Response.Status.CREATED).entity(FormView.of(copy)).build();
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a form; its versions remain for the submissions that used them")
  public FormView archive(@PathParam("id") FormId id) {
    return FormView.of(forms.archive(caller, id.value()));
  }

  @GET
  @Path("{id}/preview")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The engine's HTML of the draft (or latest version), blank")
  public String preview(@PathParam("id") FormId id) {
    return forms.preview(caller, id.value());
  }
}
