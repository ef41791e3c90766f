package org.foyer.core.web.errors;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.foyer.core.web.routing.PracticeRouting;
import org.foyer.core.web.routing.RoutedPractice;
import org.foyer.forms.render.SandboxedVelocity;

/**
 * Renders the error pages web.xml names ({@code /errors/not-found}, ...) and the outage answer.
 * When the failed address belonged to a practice, the page carries the practice's name and a way
 * back: staff to their home page, clients to theirs, anyone else to the sign-in page. Nothing here
 * reads the database, so the pages still answer while it is down; the practice is only the one the
 * request had already been routed to.
 */
@WebServlet(urlPatterns = "/errors/*")
public class ErrorPages extends HttpServlet {

  private static final String TEMPLATE = "error-page.html.vm";
  private static final SandboxedVelocity LAYOUT =
      SandboxedVelocity.ofResource(ErrorPages.class, TEMPLATE);
  private static final String NO_PRACTICE = "Foyer";

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    write(ErrorPage.named(name).orElse(ErrorPage.NOT_FOUND), request, response);
  }

  /** Answers with the page and its status, for a person: the API answers problem documents. */
  public static void write(ErrorPage page, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    byte[] html = render(page, request).getBytes(StandardCharsets.UTF_8);
    response.setStatus(page.status());
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(html.length);
    response.getOutputStream().write(html);
  }

  static String render(ErrorPage page, HttpServletRequest request) {
    Optional<RoutedPractice> practice = PracticeRouting.alreadyRouted(request);
    NextStep next = practice.map(p -> NextStep.in(p, request.getContextPath())).orElse(NONE);
    return LAYOUT.render(
        TEMPLATE,
        Map.of(
            "page", page.pageName(),
            "practice", practice.map(RoutedPractice::name).orElse(NO_PRACTICE),
            "named", practice.isPresent(),
            "stylesheet", request.getContextPath() + "/resources/foyer/foyer.css",
            "label", next.label(),
            "link", next.link()));
  }

  private static final NextStep NONE = new NextStep("", "");

  /** Where a person goes from an error page of the practice, by the part they were in. */
  private record NextStep(String label, String link) {

    static NextStep in(RoutedPractice practice, String contextPath) {
      String part = practice.remainder();
      if (part.startsWith("/staff/") || part.startsWith("/portal/")) {
        String home = part.substring(0, part.indexOf('/', 1)) + "/home";
        return new NextStep("Go to your home page", practice.pagePath(contextPath, home));
      }
      return new NextStep("Go to the sign-in page", practice.pagePath(contextPath, "/login"));
    }
  }
}
