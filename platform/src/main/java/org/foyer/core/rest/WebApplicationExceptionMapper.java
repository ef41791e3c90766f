package org.foyer.core.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (unknown path, wrong method, unsupported media type, unreadable body) as
 * problem documents with a plain explanation instead of the container's HTML page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    return Problems.of(status, titleOf(status), detailOf(status));
  }

  private static String titleOf(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }

  private static String detailOf(int status) {
    return switch (status) {
      case 400 -> "The request could not be read: check that the body is well-formed JSON";
      case 401 -> "Sign in, or send the right credentials, to use this address";
      case 404 -> "No such address";
      case 405 -> "This address does not accept that method";
      case 406 -> "This address answers only in JSON";
      case 413 -> "The request is too large";
      case 415 -> "Send the body as application/json";
      default -> "The request could not be handled";
    };
  }
}
