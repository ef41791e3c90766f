package org.foyer.core.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;

/**
 * A portal login calling a staff resource meets the same 404 problem as an address that does not
 * exist, before the resource parses its input: otherwise the input's validation messages, answered
 * before the service's own check, would tell a client what staff operations expect. The services
 * still check every call themselves; this only keeps the answer uniform.
 */
@Provider
public class StaffOnly implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  // Looked up per request: providers are created at deployment, outside any request.
  @Inject Instance<Caller> caller;

  @Override
  public void filter(ContainerRequestContext request) {
    Class<?> type = resource.getResourceClass();
    if (caller.get().kind() == Caller.Kind.PORTAL
        && type != null
        && !type.isAnnotationPresent(PortalAccess.class)) {
      throw new NotFound("That address");
    }
  }
}
