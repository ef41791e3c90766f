package org.foyer.audit.history.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.foyer.audit.history.AccessHistory;
import org.foyer.audit.history.AccessHistoryView;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.access.Caller;

/** A client's access history, for staff who review the audit log. */
@Path("p/{slug}/clients/{id}/access-history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccessHistoryResource {

  @Inject AccessHistory history;
  @Inject Caller caller;
  @Context HttpServletRequest request;

  @GET
  @Operation(
      summary = "Who reached the client's record, newest first, refusals included",
      description =
          "Fifty events a page; olderThan, when present, is the before= of the next page. Each"
              + " reading is itself recorded.")
  public AccessHistoryView read(@PathParam("id") ClientId id, @QueryParam("before") Long before) {
    return history.read(
        caller,
        id.value(),
        before == null || before < 1 ? Long.MAX_VALUE : before,
        request.getRemoteAddr());
  }
}
