package org.foyer.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.List;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' message list with valid list markup. PrimeFaces 15 writes {@code role="alert"} on
 * every {@code <li>}, which takes the list item's role away (axe-core: "list", WCAG 1.3.1). The
 * announcement moves to the severity's box around the list: {@code alert} for errors and warnings,
 * {@code status} for confirmations.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessages(
      FacesContext context, Messages messages, String severity, List<FacesMessage> list)
      throws IOException {
    ResponseWriter original = context.getResponseWriter();
    String role = "info".equals(severity) ? "status" : "alert";
    context.setResponseWriter(
        new ResponseWriterWrapper(original) {
          private boolean boxOpened;

          @Override
          public void startElement(String name, jakarta.faces.component.UIComponent component)
              throws IOException {
            super.startElement(name, component);
            if (!boxOpened && "div".equals(name)) {
              boxOpened = true;
              super.writeAttribute("role", role, null);
            }
          }
        });
    try {
      super.encodeMessages(context, messages, severity, list);
    } finally {
      context.setResponseWriter(original);
    }
  }

  @Override
  protected void encodeMessage(
      ResponseWriter writer,
      Messages messages,
      FacesMessage message,
      String severity,
      boolean escape)
      throws IOException {
    super.encodeMessage(
        new ResponseWriterWrapper(writer) {
          @Override
          public void writeAttribute(String name, Object value, String property)
              throws IOException {
            if (!"role".equals(name) && !"aria-atomic".equals(name)) {
              super.writeAttribute(name, value, property);
            }
          }
        },
        messages,
        message,
        severity,
        escape);
  }
}
