package org.foyer.core.web.guard;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.foyer.core.web.ProblemWriter;

/**
 * Bounds API request bodies before anything reads them. A body must declare its length (no
 * unbounded chunked uploads) and stay under {@link #MAX_BYTES}; documents, which are larger, will
 * have their own limit on their own upload address.
 */
@WebFilter(filterName = "request-size", urlPatterns = "/api/*")
public class RequestSizeLimit extends HttpFilter {

  static final long MAX_BYTES = 1024 * 1024;

  @Inject ProblemWriter problems;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long length = request.getContentLengthLong();
    boolean hasBody = length > 0 || request.getHeader("Transfer-Encoding") != null;
    if (hasBody && length < 0) {
      problems.write(response, 411, "Length Required", "Send the request with a Content-Length");
      return;
    }
    if (length > MAX_BYTES) {
      problems.write(response, 413, "Content Too Large", "The request body is larger than 1 MiB");
      return;
    }
    chain.doFilter(request, response);
  }
}
