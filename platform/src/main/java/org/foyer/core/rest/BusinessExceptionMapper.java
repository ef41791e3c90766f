package org.foyer.core.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;

/**
 * Business refusals to problem documents. Another practice's id reaches the caller as {@link
 * NotFound}, never as {@link Refused}: the 404-not-403 rule lives in the services that load by id
 * within the current practice, and this mapper keeps their answer intact.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Override
  public Response toResponse(BusinessException exception) {
    int status = statusOf(exception);
    if (exception instanceof InvalidInput invalid) {
      return Problems.of(status, invalid.title(), invalid.getMessage(), invalid.fieldErrors());
    }
    return Problems.of(status, exception.title(), exception.getMessage());
  }

  static int statusOf(BusinessException exception) {
    if (exception instanceof NotFound) {
      return 404;
    }
    if (exception instanceof Refused) {
      return 403;
    }
    if (exception instanceof Conflict) {
      return 409;
    }
    return 400;
  }
}
