package org.foyer.core.web.resources;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scripts and styles under names that change with their content, so browsers keep them for a year
 * and never ask again: Foyer's own resources get {@code v=} and the first hex digits of their
 * SHA-256, PrimeFaces' keep the library's version it already adds. A request that names the current
 * version is answered as immutable; any other (an old page's address, no version at all) gets
 * Faces' ordinary short-lived caching, so a deployment never leaves a browser on old files.
 */
public class LongLivedResources extends ResourceHandlerWrapper {

  static final String VERSION = "v";
  static final String FOREVER = "public, max-age=31536000, immutable";
  private static final Map<String, Optional<String>> HASHES = new ConcurrentHashMap<>();

  public LongLivedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String name) {
    return versioned(super.createResource(name));
  }

  @Override
  public Resource createResource(String name, String library) {
    return versioned(super.createResource(name, library));
  }

  @Override
  public Resource createResource(String name, String library, String contentType) {
    return versioned(super.createResource(name, library, contentType));
  }

  private static Resource versioned(Resource resource) {
    return resource == null ? null : new Versioned(resource);
  }

  /** The version a request path names, if it names one. */
  static Optional<String> versionIn(String requestPath) {
    int query = requestPath.indexOf('?');
    if (query < 0) {
      return Optional.empty();
    }
    for (String pair : requestPath.substring(query + 1).replace("&amp;", "&").split("&")) {
      if (pair.startsWith(VERSION + "=")) {
        return Optional.of(pair.substring(VERSION.length() + 1));
      }
    }
    return Optional.empty();
  }

  /** The path with {@code v=} added, unless it names a version already. */
  static String withVersion(String requestPath, String version) {
    if (versionIn(requestPath).isPresent()) {
      return requestPath;
    }
    return requestPath + (requestPath.indexOf('?') < 0 ? "?" : "&") + VERSION + "=" + version;
  }

  /** The first twelve hex digits of the content's SHA-256: a name that changes with it. */
  static String hashOf(InputStream content) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[8192];
      for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  /** A resource whose address carries its version and whose versioned answer lasts. */
  static final class Versioned extends ResourceWrapper {

    Versioned(Resource wrapped) {
      super(wrapped);
    }

    @Override
    public String getRequestPath() {
      String path = super.getRequestPath();
      if (versionIn(path).isPresent()) {
        return path;
      }
      return contentHash().map(hash -> withVersion(path, hash)).orElse(path);
    }

    @Override
    public Map<String, String> getResponseHeaders() {
      Map<String, String> headers = new HashMap<>(super.getResponseHeaders());
      String asked =
          FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRequestParameterMap()
              .get(VERSION);
      if (asked != null && versionIn(getRequestPath()).filter(asked::equals).isPresent()) {
        headers.put("Cache-Control", FOREVER);
        headers.remove("Expires");
      }
      return headers;
    }

    /** Read once per resource: resources do not change while the application runs. */
    private Optional<String> contentHash() {
      String key = getLibraryName() + "/" + getResourceName();
      return HASHES.computeIfAbsent(
          key,
          ignored -> {
            try (InputStream content = getWrapped().getInputStream()) {
              return content == null ? Optional.empty() : Optional.of(hashOf(content));
            } catch (IOException unreadable) {
              return Optional.empty();
            }
          });
    }
  }
}
