package org.foyer.admin.forms;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.core.access.Caller;

/** The practice's intake and dynamic forms: builder drafts, publication, copies, archive. */
@Path("p/{slug}/forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FormsResource {

  static final String WHAT = "That form";

  @Inject PracticeForms forms;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The forms of the kinds the caller manages")
  public String list() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    forms.listForms(caller).forEach(f -> list.add(json(f)));
    return list.build().toString();
  }

  @POST
  @Operation(summary = "Create a form from a builder description; the engine validates it")
  public Response create(FormRequests.BlueprintBody body) {
    PracticeForm form =
        forms.createForm(
            caller,
            FormRequests.kind(body == null ? null : body.kind()),
            FormRequests.blueprint(body));
    return Response.status(Response.Status.CREATED).entity(json(form).toString()).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One form with its published versions")
  public String get(@PathParam("id") String id) {
    UUID formId = FormRequests.id(id, WHAT);
    JsonArrayBuilder versions = Json.createArrayBuilder();
    forms.listVersions(caller, formId).forEach(v -> versions.add(json(v)));
    PracticeForm form = forms.getForm(caller, formId);
    JsonObjectBuilder json = Json.createObjectBuilder(json(form)).add("versions", versions);
    form.draftJson().ifPresent(draft -> json.add("draft", draft));
    return json.build().toString();
  }

  @PUT
  @Path("{id}/blueprint")
  @Operation(summary = "Replace the draft with a builder description")
  public String saveBlueprint(@PathParam("id") String id, FormRequests.BlueprintBody body) {
    return json(forms.saveDraft(caller, FormRequests.id(id, WHAT), FormRequests.blueprint(body)))
        .toString();
  }

  @PUT
  @Path("{id}/draft")
  @Operation(summary = "Replace the draft with engine definition JSON (id, kind, next version)")
  public String saveDefinition(@PathParam("id") String id, String definitionJson) {
    return json(forms.saveDraftJson(caller, FormRequests.id(id, WHAT), definitionJson)).toString();
  }

  @POST
  @Path("{id}/publish")
  @Operation(summary = "Publish the draft as an immutable version sealed with its SHA-256")
  public Response publish(@PathParam("id") String id) {
    PracticeFormVersion version = forms.publish(caller, FormRequests.id(id, WHAT));
    return Response.status(Response.Status.CREATED).entity(json(version).toString()).build();
  }

  @POST
  @Path("{id}/copy")
  @Operation(summary = "Copy into a new form (a dynamic form may become an intake form)")
  public Response copy(@PathParam("id") String id, FormRequests.CopyBody body) {
    PracticeForm copy =
        forms.copy(
            caller,
            FormRequests.id(id, WHAT),
            FormRequests.kind(body == null ? null : body.kind()),
            body == null ? null : body.title());
    return Response.status(Response.Status.CREATED).entity(json(copy).toString()).build();
  }

  @POST
  @Path("{id}/archive")
  @Operation(summary = "Archive a form; its versions remain for the submissions that used them")
  public String archive(@PathParam("id") String id) {
    return json(forms.archive(caller, FormRequests.id(id, WHAT))).toString();
  }

  @GET
  @Path("{id}/preview")
  @Produces(MediaType.TEXT_HTML)
  @Operation(summary = "The engine's HTML of the draft (or latest version), blank")
  public String preview(@PathParam("id") String id) {
    return forms.preview(caller, FormRequests.id(id, WHAT));
  }

  static JsonObject json(PracticeForm form) {
    return Json.createObjectBuilder()
        .add("id", form.id().toString())
        .add("formKey", form.formKey())
        .add("title", form.title())
        .add("kind", form.kind().name())
        .add("archived", form.archived())
        .add("latestVersion", form.latestVersion())
        .add("hasDraft", form.draftJson().isPresent())
        .build();
  }

  static JsonObject json(PracticeFormVersion version) {
    return Json.createObjectBuilder()
        .add("id", version.id().toString())
        .add("formId", version.formId().toString())
        .add("formKey", version.formKey())
        .add("number", version.number())
        .add("kind", version.kind().name())
        .add("sha256", version.sha256())
        .add("publishedAt", version.publishedAt().toString())
        .build();
  }
}
