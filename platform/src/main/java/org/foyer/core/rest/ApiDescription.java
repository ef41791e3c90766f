package org.foyer.core.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What every operation of the API shares, added to the generated document once instead of on each
 * of its resources: how a caller authenticates (the session cookie of a signed-in page, with the
 * page's CSRF token on changes; the operator's bearer token) and the problem documents every
 * operation may answer, as the exception mappers and filters write them.
 */
public class ApiDescription implements OASFilter {

  static final String SESSION = "session";
  static final String CSRF = "csrf";
  static final String OPERATOR = "operatorToken";
  static final String PROBLEM = "Problem";

  private static final Map<String, String> PROBLEMS =
      Map.of(
          "400", "The input is invalid: the problem's errors name each field",
          "401", "Not signed in, or the credentials are wrong",
          "403", "Not permitted, or (type urn:foyer:problem:consent-required) consent owed",
          "404", "No such thing in this practice (also another practice's or client's id)",
          "413", "The request body is too large",
          "415", "The body's media type is not accepted",
          "500", "Something went wrong on our side; the detail carries a reference");

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    components.addSchema(PROBLEM, problemSchema());
    components.addSecurityScheme(
        SESSION,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.COOKIE)
            .name("FOYER_SESSION")
            .description("The session of a signed-in page of the practice"));
    components.addSecurityScheme(
        CSRF,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.HEADER)
            .name("X-Foyer-CSRF")
            .description("The token of the page's foyer-csrf meta element, on every change"));
    components.addSecurityScheme(
        OPERATOR,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description("The operator token (FOYER_OPERATOR_TOKEN)"));
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> describe(path, method, operation)));
  }

  private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    nameTheSuccess(responses);
    for (Map.Entry<String, String> problem : PROBLEMS.entrySet()) {
      if (!responses.hasAPIResponse(problem.getKey())) {
        responses.addAPIResponse(
            problem.getKey(),
            OASFactory.createAPIResponse()
                .description(problem.getValue())
                .content(
                    OASFactory.createContent()
                        .addMediaType(
                            Problems.MEDIA_TYPE,
                            OASFactory.createMediaType()
                                .schema(
                                    OASFactory.createSchema()
                                        .ref("#/components/schemas/" + PROBLEM)))));
      }
    }
    if (path.contains("/branding/")) {
      return;
    }
    SecurityRequirement requirement = OASFactory.createSecurityRequirement();
    if (path.contains("/operator/")) {
      requirement.addScheme(OPERATOR);
    } else {
      requirement.addScheme(SESSION);
      if (method != PathItem.HttpMethod.GET) {
        requirement.addScheme(CSRF);
      }
    }
    operation.setSecurity(List.of(requirement));
  }

  /**
   * The scanner files a method's JSON answer under "default", which to a reader means "any other
   * status" and to client generators an error type. An operation without a 2xx of its own answers
   * that body with JAX-RS's 200, so it is named so. Answers of no named type (a Response, a PDF)
   * stay as they are.
   */
  private static void nameTheSuccess(APIResponses responses) {
    APIResponse answer = responses.getDefaultValue();
    if (answer == null
        || answer.getContent() == null
        || responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"))) {
      return;
    }
    MediaType json = answer.getContent().getMediaType("application/json");
    Schema schema = json == null ? null : json.getSchema();
    boolean namedType =
        schema != null
            && (schema.getRef() != null
                || (schema.getItems() != null && schema.getItems().getRef() != null));
    if (namedType) {
      responses.removeAPIResponse(APIResponses.DEFAULT);
      responses.addAPIResponse("200", answer.description("The answer"));
    }
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("An RFC 9457 problem document")
        .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
        .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("Field name to message, for invalid input")
                .additionalPropertiesSchema(
                    OASFactory.createSchema().type(Schema.SchemaType.STRING)));
  }
}
