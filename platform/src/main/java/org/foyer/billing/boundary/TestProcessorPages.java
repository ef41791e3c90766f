package org.foyer.billing.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.foyer.billing.Money;
import org.foyer.billing.control.processors.TestGateway;
import org.foyer.core.errors.InvalidInput;
import org.foyer.forms.render.Html;

/**
 * The test processor's own pages, standing where Stripe's card form stands: a card typed here is
 * turned into a token and only the token goes back to Foyer's page. Clearly labelled as a test:
 * only the test card numbers it lists are taken, and no money moves. Plain HTML without script, so
 * the strictest policy applies; a form posted twice (a double click) sends back the same token.
 */
@WebServlet(urlPatterns = "/test-processor/card/*")
public class TestProcessorPages extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Where its pages are, relative to the application. */
  public static final String PATH = "/test-processor/card/";

  private static final String POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
          + " frame-ancestors 'none'; base-uri 'none'";

  @Inject transient TestGateway processor;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<TestGateway.ElementSession> session = session(request);
    if (session.isEmpty()) {
      response.sendError(404);
      return;
    }
    render(response, id(request), session.get(), null, "", "", "");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String id = id(request);
    Optional<TestGateway.ElementSession> found = session(request);
    if (found.isEmpty()) {
      response.sendError(404);
      return;
    }
    TestGateway.ElementSession session = found.get();
    if ("AUTHENTICATE".equals(session.purpose())) {
      processor.authenticate(
          session.processorRef(), "confirm".equals(request.getParameter("answer")));
      processor.close(id);
      response.sendRedirect(request.getContextPath() + session.returnPath());
      return;
    }
    String number = request.getParameter("number");
    String expiry = request.getParameter("expiry");
    String cvc = request.getParameter("cvc");
    try {
      String token = processor.tokenFor(id).orElse(null);
      if (token == null) {
        int[] monthYear = expiry(expiry);
        token =
            processor.tokenise(
                number, monthYear[0], monthYear[1], cvc, YearMonth.now(ZoneOffset.UTC));
        processor.remember(id, token);
      }
      String back = session.returnPath();
      response.sendRedirect(
          request.getContextPath()
              + back
              + (back.contains("?") ? "&" : "?")
              + "token="
              + URLEncoder.encode(token, StandardCharsets.UTF_8));
    } catch (InvalidInput refused) {
      response.setStatus(422);
      render(response, id, session, refused.getMessage(), number, expiry, "");
    }
  }

  /** "12/30" or "12/2030" as month and year. */
  private static int[] expiry(String typed) {
    String text = typed == null ? "" : typed.replace(" ", "");
    if (!text.matches("(0?[1-9]|1[0-2])/([0-9]{2}|[0-9]{4})")) {
      throw new InvalidInput("Enter the expiry date as MM/YY, for example 12/34");
    }
    String[] parts = text.split("/");
    int year = Integer.parseInt(parts[1]);
    return new int[] {Integer.parseInt(parts[0]), year < 100 ? 2000 + year : year};
  }

  private Optional<TestGateway.ElementSession> session(HttpServletRequest request) {
    return processor.findSession(id(request));
  }

  private static String id(HttpServletRequest request) {
    String path = request.getPathInfo();
    return path != null && path.length() > 1 ? path.substring(1) : null;
  }

  private static void render(
      HttpServletResponse response,
      String id,
      TestGateway.ElementSession session,
      String problem,
      String number,
      String expiry,
      String cvc)
      throws IOException {
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Security-Policy", POLICY);
    String amount = Money.format(session.amountCents(), session.currency());
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Test card processor</title>")
        .append("<link rel=\"stylesheet\" href=\"../element.css\"></head><body>")
        .append("<header class=\"banner\"><p><strong>Test card processor</strong>: no real")
        .append(" money moves and no real card is taken.</p></header><main>");
    String merchant = escape(session.merchant());
    switch (session.purpose()) {
      case "AUTHENTICATE" -> {
        html.append("<h1>Your bank asks you to confirm</h1><p>Confirm the payment of ")
            .append(escape(amount))
            .append(" to ")
            .append(merchant)
            .append(".</p><form method=\"post\" action=\"")
            .append(escape(id))
            .append("\"><button name=\"answer\" value=\"confirm\" id=\"confirm\">")
            .append("Confirm the payment</button> <button name=\"answer\" value=\"fail\"")
            .append(" id=\"fail\" class=\"secondary\">Do not confirm</button></form>");
      }
      default -> {
        boolean pay = "PAY".equals(session.purpose());
        html.append("<h1>")
            .append(
                pay ? "Pay " + escape(amount) + " to " + merchant : "Save a card for " + merchant)
            .append("</h1>");
        if (problem != null) {
          html.append("<p class=\"problem\" role=\"alert\" id=\"problem\">")
              .append(escape(problem))
              .append("</p>");
        }
        html.append("<form method=\"post\" action=\"")
            .append(escape(id))
            .append("\" autocomplete=\"off\">")
            .append(field("number", "Card number", number, "cc-number", "numeric"))
            .append(field("expiry", "Expiry date (MM/YY)", expiry, "cc-exp", "numeric"))
            .append(field("cvc", "Security code", cvc, "cc-csc", "numeric"))
            .append("<button id=\"submit-card\">")
            .append(pay ? "Pay " + escape(amount) : "Save the card")
            .append("</button></form>")
            .append("<h2>Test cards</h2><ul>")
            .append("<li>4242 4242 4242 4242: succeeds</li>")
            .append("<li>4000 0000 0000 0002: is declined</li>")
            .append("<li>4000 0027 6000 3184: asks you to confirm with your bank</li>")
            .append("<li>5555 5555 5555 4444: a Mastercard that succeeds</li>")
            .append("</ul><p>Any expiry date to come and any three digits.</p>");
      }
    }
    html.append("</main></body></html>");
    response.getWriter().write(html.toString());
  }

  private static String field(String name, String label, String value, String auto, String mode) {
    return "<div class=\"field\"><label for=\""
        + name
        + "\">"
        + label
        + "</label><input id=\""
        + name
        + "\" name=\""
        + name
        + "\" value=\""
        + escape(value)
        + "\" autocomplete=\""
        + auto
        + "\" inputmode=\""
        + mode
        + "\" required></div>";
  }

  /** Every value here may be absent (an empty form field); the one escaper takes only text. */
  private static String escape(String text) {
    return text == null ? "" : Html.escape(text);
  }
}
