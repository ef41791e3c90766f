package org.foyer.core.web.guard;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.foyer.core.web.ProblemWriter;

/**
 * Bounds API request bodies before anything reads them. A body must declare its length (no
 * unbounded chunked uploads) and stay under {@link #MAX_BYTES}. A message with files (a multipart
 * post to a conversation's messages) may be up to {@link #MAX_UPLOAD_BYTES}, the ceiling pages have
 * too (web.xml): a few files of up to 20 MiB each, each checked again by its service.
 */
@WebFilter(filterName = "request-size", urlPatterns = "/api/*")
public class RequestSizeLimit extends HttpFilter {

  static final long MAX_BYTES = 1024 * 1024;

  static final long MAX_UPLOAD_BYTES = 68_157_440;

  private static final Pattern UPLOADS =
      Pattern.compile("/api/p/[^/]+/conversations/[^/]+/messages/?");

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
    if (isUpload(request)) {
      if (length > MAX_UPLOAD_BYTES) {
        problems.write(
            response, 413, "Content Too Large", "The request body is larger than 65 MiB");
        return;
      }
    } else if (length > MAX_BYTES) {
      problems.write(response, 413, "Content Too Large", "The request body is larger than 1 MiB");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isUpload(HttpServletRequest request) {
    String type = request.getContentType();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return "POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
        && UPLOADS.matcher(path).matches();
  }
}
