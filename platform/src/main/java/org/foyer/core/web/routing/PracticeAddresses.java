package org.foyer.core.web.routing;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The servlet every practice page address ({@code /p/...}) maps to (web.xml). It serves nothing:
 * the tenant filter forwards each such address to its Faces view, or answers 404, before the
 * request gets here. It exists for its multipart-config: the container parses an upload by the
 * configuration of the servlet the original address maps to, before any forward, so without it a
 * page's upload would reach Faces with no parameters at all. Whatever does reach it is no page.
 */
public class PracticeAddresses extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
