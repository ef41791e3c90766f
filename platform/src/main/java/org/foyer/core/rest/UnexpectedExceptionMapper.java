package org.foyer.core.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.foyer.core.errors.StorageFull;
import org.foyer.core.health.DatabaseOutage;
import org.foyer.core.health.Unavailable;

/**
 * Anything else. Malformed JSON is the caller's fault (400); the rest is logged under a reference
 * the caller can quote, and answered without internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    if (isUnreadableJson(exception)) {
      return Problems.of(
          400, "Bad Request", "The request body is not well-formed JSON of the expected shape");
    }
    if (StorageFull.explains(exception)) {
      LOG.warning("An API change was refused: the database's disk is full");
      return unavailable(
          "Foyer could not store this because its storage is full right now. Nothing was"
              + " changed; try again in a few minutes.");
    }
    if (DatabaseOutage.explains(exception)) {
      return unavailable(
          "Foyer cannot reach its database right now and did not carry out this request. Try"
              + " again in a minute.");
    }
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, exception);
    return Problems.of(
        500, "Internal Server Error", "Something went wrong on our side. Reference: " + reference);
  }

  private static Response unavailable(String detail) {
    return Response.fromResponse(Problems.of(503, "Service Unavailable", detail))
        .header("Retry-After", Unavailable.RETRY_AFTER_SECONDS)
        .build();
  }

  /**
   * JSON-B reports a malformed body wrapped in the provider's own exceptions; look through them.
   */
  private static boolean isUnreadableJson(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonException) {
        return true;
      }
    }
    return false;
  }
}
