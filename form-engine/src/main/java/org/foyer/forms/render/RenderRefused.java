package org.foyer.forms.render;

/**
 * A template did something the sandbox forbids (an unknown reference, a forbidden directive or
 * method) or ran past its time or output bound. The message is for staff logs, never for clients.
 */
public class RenderRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RenderRefused(String message) {
    super(message);
  }

  public RenderRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
